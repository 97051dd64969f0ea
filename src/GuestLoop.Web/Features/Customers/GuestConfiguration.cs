using GuestLoop.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuestLoop.Web.Features.Customers;

internal sealed class GuestConfiguration :
    IEntityTypeConfiguration<Guest>, IEntityTypeConfiguration<GuestMerge>, IEntityTypeConfiguration<CustomerSettingsRecord>,
    IEntityTypeConfiguration<RetentionRun>
{
    public void Configure(EntityTypeBuilder<Guest> b)
    {
        b.ToTable("guests");
        b.Property(g => g.Id).ValueGeneratedNever();
        b.Property(g => g.Name).HasMaxLength(Guest.NameMax);
        b.Property(g => g.Gender).HasMaxLength(20);
        b.Property(g => g.AgeRange).HasMaxLength(20);
        b.Property(g => g.Occupation).HasMaxLength(100);
        b.Property(g => g.Tier).HasConversion<string>().HasMaxLength(20);
        b.PrimitiveCollection(g => g.Tags);
        b.PrimitiveCollection(g => g.PropertyIds);
        b.HasIndex(g => g.Name);
        // Only merged guests. With every guest in it, SQLite took "MergedIntoId IS NULL" for a lookup and read all guests
        // to match a batch of phone numbers (38 ms a batch at 72,000 guests), instead of the contact hashes' indexes.
        b.HasIndex(g => g.MergedIntoId).HasFilter("\"MergedIntoId\" IS NOT NULL");
        b.HasIndex(g => g.LastActivityAt);
        b.OwnsOne(g => g.Preferences, o =>
        {
            o.Property(x => x.RoomType).HasColumnName("pref_room_type").HasMaxLength(100);
            o.Property(x => x.Floor).HasColumnName("pref_floor").HasMaxLength(100);
            o.Property(x => x.View).HasColumnName("pref_view").HasMaxLength(100);
            o.Property(x => x.Diet).HasColumnName("pref_diet").HasMaxLength(100);
        });
        b.Navigation(g => g.Preferences).IsRequired();
        b.OwnsMany(g => g.Visits, o =>
        {
            o.ToTable("guest_visits");
            o.WithOwner().HasForeignKey("GuestId");
            o.HasKey(v => v.Id);
            o.Property(v => v.Id).ValueGeneratedNever();
            o.Property(v => v.Kind).HasConversion<string>().HasMaxLength(20);
            o.Property(v => v.Reference).HasMaxLength(GuestVisit.ReferenceMax);
            o.Property(v => v.Note).HasMaxLength(Guest.TextMax);
        });
        b.OwnsMany(g => g.CareActions, o =>
        {
            o.ToTable("guest_care_actions");
            o.WithOwner().HasForeignKey("GuestId");
            o.HasKey(v => v.Id);
            o.Property(v => v.Id).ValueGeneratedNever();
            o.Property(v => v.Kind).HasConversion<string>().HasMaxLength(20);
            o.Property(v => v.Outcome).HasConversion<string>().HasMaxLength(20);
            o.Property(v => v.Note).HasMaxLength(Guest.TextMax);
            o.Property(v => v.By).HasMaxLength(200);
        });
        b.OwnsMany(g => g.Consents, o =>
        {
            o.ToTable("guest_consents");
            o.WithOwner().HasForeignKey("GuestId");
            o.Property<int>("Id");
            o.HasKey("Id");
            o.Property(v => v.Purpose).HasConversion<string>().HasMaxLength(20);
            o.Property(v => v.Source).HasMaxLength(Guest.TextMax);
        });
        foreach (var nav in new[] { nameof(Guest.Visits), nameof(Guest.CareActions), nameof(Guest.Consents) })
        {
            b.Navigation(nav).UsePropertyAccessMode(PropertyAccessMode.Field);
        }

        b.Ignore(g => g.IsErased);
    }

    public void Configure(EntityTypeBuilder<GuestMerge> b)
    {
        b.ToTable("guest_merges");
        b.Property(m => m.By).HasMaxLength(200);
        b.Property(m => m.UndoneBy).HasMaxLength(200);
        b.PrimitiveCollection(m => m.MovedCaseIds);
        b.PrimitiveCollection(m => m.SurvivorPropertyIdsBefore);
        b.HasIndex(m => m.SurvivorId);
        b.HasIndex(m => m.MergedId);
    }

    public void Configure(EntityTypeBuilder<CustomerSettingsRecord> b)
    {
        b.ToTable("customer_settings");
        b.HasKey(s => s.EnterpriseId);
        b.Ignore(s => s.Repeat);
        b.Ignore(s => s.Retention);
    }

    public void Configure(EntityTypeBuilder<RetentionRun> b)
    {
        b.ToTable("retention_runs");
        b.HasIndex(r => r.Slot).IsUnique();
        b.HasIndex(r => r.StartedAt);
        b.Property(r => r.Slot).HasMaxLength(60);
        b.Property(r => r.Error).HasMaxLength(1000);
    }
}
