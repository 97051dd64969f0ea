using GuestLoop.Domain.Rooms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuestLoop.Web.Features.Rooms;

internal sealed class RoomTypeConfiguration : IEntityTypeConfiguration<RoomType>
{
    public void Configure(EntityTypeBuilder<RoomType> b)
    {
        b.ToTable("room_types");
        b.Property(t => t.Code).HasMaxLength(RoomType.CodeMax);
        b.Property(t => t.Name).HasMaxLength(RoomType.NameMax);
        b.Property(t => t.BedType).HasConversion<string>().HasMaxLength(10);
        b.PrimitiveCollection(t => t.Checklist);
        b.HasIndex(t => new { t.PropertyId, t.Code }).IsUnique();
    }
}

internal sealed class RoomConfiguration : IEntityTypeConfiguration<Room>
{
    public void Configure(EntityTypeBuilder<Room> b)
    {
        b.ToTable("rooms");
        b.Property(r => r.Number).HasMaxLength(RoomDetails.NumberMax);
        b.HasIndex(r => new { r.PropertyId, r.Number }).IsUnique();
        b.HasIndex(r => new { r.PropertyId, r.Floor });
        b.Property(r => r.Building).HasMaxLength(40);
        b.Property(r => r.View).HasMaxLength(40);
        b.Property(r => r.ConnectingNumber).HasMaxLength(RoomDetails.NumberMax);
        b.Property(r => r.AccessibilityFeatures).HasMaxLength(200);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.OutReason).HasMaxLength(Room.ReasonMax);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasOne<RoomType>().WithMany().HasForeignKey(r => r.TypeId).OnDelete(DeleteBehavior.Restrict);
        b.OwnsMany(r => r.History, h =>
        {
            h.ToTable("room_status_changes");
            h.WithOwner().HasForeignKey("RoomId");
            h.HasKey(x => x.Id);
            h.Property(x => x.From).HasConversion<string>().HasMaxLength(20);
            h.Property(x => x.To).HasConversion<string>().HasMaxLength(20);
            h.Property(x => x.By).HasMaxLength(200);
            h.Property(x => x.Reason).HasMaxLength(Room.ReasonMax);
            h.HasIndex(x => x.At);
        });
        b.Navigation(r => r.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class RoomInspectionConfiguration : IEntityTypeConfiguration<RoomInspection>
{
    public void Configure(EntityTypeBuilder<RoomInspection> b)
    {
        b.ToTable("room_inspections");
        b.Property(i => i.By).HasMaxLength(200);
        b.Ignore(i => i.FailedItems);
        b.HasIndex(i => new { i.RoomId, i.At });
        b.OwnsMany(i => i.Items, item => item.ToJson());
    }
}

internal sealed class RoomConsumptionConfiguration : IEntityTypeConfiguration<RoomConsumption>
{
    public void Configure(EntityTypeBuilder<RoomConsumption> b)
    {
        b.ToTable("room_consumption");
        b.Property(c => c.ItemCode).HasMaxLength(RoomConsumption.ItemMax);
        b.Property(c => c.By).HasMaxLength(200);
        b.HasIndex(c => new { c.PropertyId, c.Date });
        b.HasIndex(c => c.RoomId);
    }
}

internal sealed class RoomCleaningTaskConfiguration : IEntityTypeConfiguration<RoomCleaningTask>
{
    public void Configure(EntityTypeBuilder<RoomCleaningTask> b)
    {
        b.ToTable("room_cleaning_tasks");
        b.HasIndex(t => t.WorkOrderId).IsUnique();
        b.HasIndex(t => new { t.RoomId, t.OpenedAt });
    }
}

internal sealed class SheetAssignmentConfiguration : IEntityTypeConfiguration<SheetAssignment>
{
    public void Configure(EntityTypeBuilder<SheetAssignment> b)
    {
        b.ToTable("room_sheet_assignments");
        b.HasIndex(a => new { a.Date, a.RoomId }).IsUnique();
        b.HasIndex(a => new { a.PropertyId, a.Date, a.AttendantId });
    }
}
