using GuestLoop.Domain.Maintenance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuestLoop.Web.Features.Maintenance;

internal sealed class AssetConfiguration : IEntityTypeConfiguration<Asset>
{
    public void Configure(EntityTypeBuilder<Asset> b)
    {
        b.ToTable("assets");
        b.Property(a => a.Code).HasMaxLength(Asset.CodeMax);
        b.Property(a => a.Name).HasMaxLength(Asset.NameMax);
        b.Property(a => a.Location).HasMaxLength(Asset.LocationMax);
        b.Property(a => a.RequestTypeCode).HasMaxLength(40);
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(30);
        b.HasIndex(a => new { a.PropertyId, a.Code }).IsUnique();
    }
}

internal sealed class InspectionChecklistConfiguration : IEntityTypeConfiguration<InspectionChecklist>
{
    public void Configure(EntityTypeBuilder<InspectionChecklist> b)
    {
        b.ToTable("inspection_checklists");
        b.Property(c => c.Name).HasMaxLength(InspectionChecklist.NameMax);
        b.Property(c => c.Location).HasMaxLength(Asset.LocationMax);
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(30);
        b.HasIndex(c => c.PropertyId);
        b.OwnsMany(c => c.Items, i =>
        {
            i.ToTable("inspection_checklist_items");
            i.WithOwner().HasForeignKey("ChecklistId");
            i.Property<int>("Id");
            i.HasKey("Id");
            i.Property(x => x.Text).HasMaxLength(InspectionChecklist.ItemMax);
        });
        b.Navigation(c => c.Items).HasField("_items").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class InspectionScheduleConfiguration : IEntityTypeConfiguration<InspectionSchedule>
{
    public void Configure(EntityTypeBuilder<InspectionSchedule> b)
    {
        b.ToTable("inspection_schedules");
        b.Ignore(s => s.Recurrence);
        b.Property(s => s.Unit).HasConversion<string>().HasMaxLength(10);
        b.HasIndex(s => new { s.Active, s.OverdueAt });
        b.HasIndex(s => new { s.PropertyId, s.NextDueAt });
    }
}

internal sealed class InspectionRoundConfiguration : IEntityTypeConfiguration<InspectionRound>
{
    public void Configure(EntityTypeBuilder<InspectionRound> b)
    {
        b.ToTable("inspection_rounds");
        b.Property(r => r.ChecklistName).HasMaxLength(InspectionChecklist.NameMax);
        b.Property(r => r.Location).HasMaxLength(Asset.LocationMax);
        b.Property(r => r.StartedByName).HasMaxLength(200);
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.Ignore(r => r.Failures);
        b.Ignore(r => r.FailuresWithoutOrder);
        b.Ignore(r => r.IsCompleted);
        b.HasIndex(r => new { r.PropertyId, r.StartedAt });
        b.HasIndex(r => new { r.ScheduleId, r.CompletedAt });
        b.OwnsMany(r => r.Items, i =>
        {
            i.ToTable("inspection_round_items");
            i.WithOwner().HasForeignKey("RoundId");
            i.Property<int>("Id");
            i.HasKey("Id");
            i.Property(x => x.Text).HasMaxLength(InspectionChecklist.ItemMax);
            i.Property(x => x.Result).HasConversion<string>().HasMaxLength(20);
            i.Property(x => x.Note).HasMaxLength(InspectionRound.NoteMax);
            i.Property(x => x.PhotoKey).HasMaxLength(InspectionRound.PhotoKeyMax);
        });
        b.Navigation(r => r.Items).HasField("_items").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
