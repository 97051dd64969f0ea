using GuestLoop.Domain.Facilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuestLoop.Web.Features.Facilities;

internal sealed class FacilityConfiguration : IEntityTypeConfiguration<Facility>
{
    public void Configure(EntityTypeBuilder<Facility> b)
    {
        b.ToTable("facilities");
        b.Property(f => f.Id).ValueGeneratedNever();
        b.Property(f => f.Code).HasMaxLength(Facility.CodeMax);
        b.Property(f => f.Name).HasMaxLength(Facility.NameMax);
        b.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(f => new { f.PropertyId, f.Code }).IsUnique();
        b.ComplexProperty(f => f.Rules);
        b.Ignore(f => f.HoldsEvents);
        b.Ignore(f => f.SlotsPerDay);
    }
}

internal sealed class FacilityBookingConfiguration : IEntityTypeConfiguration<FacilityBooking>
{
    public void Configure(EntityTypeBuilder<FacilityBooking> b)
    {
        b.ToTable("facility_bookings");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Number).HasMaxLength(20);
        b.HasIndex(x => new { x.PropertyId, x.Number }).IsUnique();
        b.HasIndex(x => new { x.FacilityId, x.Date });
        b.HasIndex(x => new { x.PropertyId, x.Date });
        b.HasIndex(x => x.GuestId);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Layout).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.GuestName).HasMaxLength(FacilityBooking.NameMax);
        b.Property(x => x.RoomNumber).HasMaxLength(20);
        b.Property(x => x.Notes).HasMaxLength(FacilityBooking.NotesMax);
        b.Property(x => x.Equipment).HasMaxLength(FacilityBooking.TextMax);
        b.Property(x => x.Catering).HasMaxLength(FacilityBooking.TextMax);
        b.Property(x => x.CancelReason).HasMaxLength(FacilityBooking.ReasonMax);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.StartsAt);
        b.Ignore(x => x.EndsAt);
        b.ComplexProperty(x => x.Rules);
        b.HasOne<Facility>().WithMany().HasForeignKey(x => x.FacilityId).OnDelete(DeleteBehavior.Restrict);
        b.OwnsMany(x => x.History, h =>
        {
            h.ToTable("facility_booking_events");
            h.WithOwner().HasForeignKey("BookingId");
            h.HasKey(e => e.Id);
            h.Property(e => e.Id).ValueGeneratedNever();
            h.Property(e => e.By).HasMaxLength(200);
            h.Property(e => e.What).HasMaxLength(40);
            h.Property(e => e.Note).HasMaxLength(FacilityBooking.ReasonMax + 60);
        });
        b.Navigation(x => x.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.OwnsMany(x => x.EventOrder, e =>
        {
            e.ToTable("facility_event_order_items");
            e.WithOwner().HasForeignKey("BookingId");
            e.Property<int>("Id");
            e.HasKey("Id");
            e.Property(i => i.Activity).HasMaxLength(FacilityBooking.TextMax);
            e.Property(i => i.Department).HasMaxLength(FacilityBooking.NameMax);
        });
        b.Navigation(x => x.EventOrder).HasField("_eventOrder").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class FacilitySlotConfiguration : IEntityTypeConfiguration<FacilitySlot>
{
    public const string Limit = "CK_facility_slots_limit";

    public void Configure(EntityTypeBuilder<FacilitySlot> b)
    {
        b.ToTable("facility_slots", t => t.HasCheckConstraint(Limit, "\"Booked\" >= 0 AND \"Booked\" <= \"Capacity\""));
        b.HasKey(s => new { s.FacilityId, s.Date, s.Slot });
        b.HasIndex(s => new { s.PropertyId, s.Date });
    }
}
