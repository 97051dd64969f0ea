using GuestLoop.Domain.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuestLoop.Web.Features.WorkOrders;

internal sealed class WorkOrderConfiguration : IEntityTypeConfiguration<WorkOrder>
{
    public void Configure(EntityTypeBuilder<WorkOrder> b)
    {
        b.ToTable("work_orders");
        b.Property(o => o.Number).HasMaxLength(60);
        b.HasIndex(o => o.Number).IsUnique();
        b.Property(o => o.Location).HasMaxLength(200);
        b.Property(o => o.Description).HasMaxLength(WorkOrder.DescriptionMax);
        b.Property(o => o.State).HasConversion<string>().HasMaxLength(20);
        b.Property(o => o.Priority).HasConversion<string>().HasMaxLength(10);
        b.Property(o => o.Channel).HasConversion<string>().HasMaxLength(20);
        b.Property(o => o.PauseReason).HasMaxLength(WorkOrder.NoteMax);
        b.Property(o => o.CompletionNote).HasMaxLength(WorkOrder.NoteMax);
        b.Property(o => o.ReturnedReason).HasMaxLength(WorkOrder.NoteMax);
        b.Property(o => o.Version).IsConcurrencyToken();
        b.ComplexProperty(o => o.Type, t =>
        {
            t.Property(x => x.Code).HasColumnName("TypeCode").HasMaxLength(40);
            t.Property(x => x.Name).HasColumnName("TypeName").HasMaxLength(100);
            t.Property(x => x.DepartmentId).HasColumnName("DepartmentId");
            t.Property(x => x.Skill).HasColumnName("Skill").HasMaxLength(40);
            t.Property(x => x.ResponseMinutes).HasColumnName("ResponseMinutes");
            t.Property(x => x.CompletionMinutes).HasColumnName("CompletionMinutes");
            t.Property(x => x.NeedsVerification).HasColumnName("NeedsVerification");
        });
        b.HasIndex(o => new { o.PropertyId, o.State, o.CreatedAt });
        b.HasIndex(o => new { o.AssigneeId, o.State });
        b.OwnsMany(o => o.Timeline, e =>
        {
            e.ToTable("work_order_entries");
            e.WithOwner().HasForeignKey("WorkOrderId");
            e.HasKey(x => x.Id);
            e.Property(x => x.By).HasMaxLength(200);
            e.Property(x => x.Step).HasMaxLength(20);
            e.Property(x => x.Note).HasMaxLength(WorkOrder.NoteMax);
        });
        b.Navigation(o => o.Timeline).HasField("_timeline").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.OwnsMany(o => o.Photos, p => PhotoColumns.Configure(p, "work_order_photos", "WorkOrderId"));
        b.Navigation(o => o.Photos).HasField("_photos").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class RequestTypeConfiguration : IEntityTypeConfiguration<RequestTypeRecord>
{
    public void Configure(EntityTypeBuilder<RequestTypeRecord> b)
    {
        b.ToTable("request_types");
        b.Property(t => t.Code).HasMaxLength(40);
        b.Property(t => t.Name).HasMaxLength(100);
        b.Property(t => t.Skill).HasMaxLength(40);
        b.HasIndex(t => new { t.PropertyId, t.Code }).IsUnique();
    }
}

internal sealed class StaffShiftConfiguration : IEntityTypeConfiguration<StaffShift>
{
    public void Configure(EntityTypeBuilder<StaffShift> b)
    {
        b.ToTable("staff_shifts");
        b.HasIndex(s => new { s.PropertyId, s.End });
        b.HasIndex(s => new { s.StaffId, s.End });
    }
}

internal sealed class StaffWorkStatusConfiguration : IEntityTypeConfiguration<StaffWorkStatus>
{
    public void Configure(EntityTypeBuilder<StaffWorkStatus> b)
    {
        b.ToTable("staff_work_status");
        b.HasKey(s => s.StaffId);
    }
}

internal sealed class LostItemConfiguration : IEntityTypeConfiguration<LostItem>
{
    public void Configure(EntityTypeBuilder<LostItem> b)
    {
        b.ToTable("lost_items");
        b.Property(i => i.Description).HasMaxLength(LostItem.TextMax);
        b.Property(i => i.FoundAt).HasMaxLength(LostItem.TextMax);
        b.Property(i => i.StoredAt).HasMaxLength(LostItem.TextMax);
        b.Property(i => i.State).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(i => new { i.PropertyId, i.FoundOn });
        b.OwnsMany(i => i.Entries, e =>
        {
            e.ToTable("lost_item_entries");
            e.WithOwner().HasForeignKey("LostItemId");
            e.Property<int>("Id");
            e.HasKey("Id");
            e.Property(x => x.By).HasMaxLength(200);
            e.Property(x => x.What).HasMaxLength(LostItem.TextMax + 100);
        });
        b.Navigation(i => i.Entries).HasField("_entries").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.OwnsMany(i => i.Photos, p => PhotoColumns.Configure(p, "lost_item_photos", "LostItemId"));
        b.Navigation(i => i.Photos).HasField("_photos").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

/// <summary>The columns of a kept photo, the same for a work order's and a found item's.</summary>
internal static class PhotoColumns
{
    public static void Configure<TOwner>(OwnedNavigationBuilder<TOwner, Photo> p, string table, string ownerKey)
        where TOwner : class
    {
        p.ToTable(table);
        p.WithOwner().HasForeignKey(ownerKey);
        p.HasKey(x => x.Id);
        p.Property(x => x.Id).ValueGeneratedNever();
        p.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
        p.Property(x => x.FileName).HasMaxLength(200);
        p.Property(x => x.ContentType).HasMaxLength(100);
        p.Property(x => x.StorageKey).HasMaxLength(200);
        p.Property(x => x.Sha256).HasMaxLength(64);
        p.Property(x => x.AddedBy).HasMaxLength(200);
    }
}
