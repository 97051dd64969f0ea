using GuestLoop.Domain.Reservations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuestLoop.Web.Features.Reservations;

internal sealed class ReservationConfiguration : IEntityTypeConfiguration<Reservation>
{
    public void Configure(EntityTypeBuilder<Reservation> b)
    {
        b.ToTable("reservations");
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Number).HasMaxLength(20);
        b.HasIndex(r => new { r.PropertyId, r.Number }).IsUnique();
        b.HasIndex(r => new { r.PropertyId, r.Arrival });
        b.HasIndex(r => new { r.PropertyId, r.ExternalReference }).IsUnique();
        b.HasIndex(r => r.GuestId);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.DocumentType).HasConversion<string>().HasMaxLength(40);
        b.Property(r => r.GuestName).HasMaxLength(Reservation.NameMax);
        b.Property(r => r.Notes).HasMaxLength(Reservation.NotesMax);
        b.Property(r => r.ExternalReference).HasMaxLength(60);
        b.Property(r => r.CancelReason).HasMaxLength(Reservation.ReasonMax);
        b.Property(r => r.RoomNumber).HasMaxLength(20);
        b.Property(r => r.NightlyRate).HasPrecision(12, 2);
        b.Property(r => r.DepositDue).HasPrecision(14, 2);
        b.Property(r => r.CancellationCharge).HasPrecision(14, 2);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.Ignore(r => r.Stay);
        b.ComplexProperty(r => r.Rule);
        b.HasOne<GuestLoop.Domain.Rooms.RoomType>().WithMany().HasForeignKey(r => r.RoomTypeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<RatePlan>().WithMany().HasForeignKey(r => r.RatePlanId).OnDelete(DeleteBehavior.Restrict);
        b.OwnsMany(r => r.History, h =>
        {
            h.ToTable("reservation_events");
            h.WithOwner().HasForeignKey("ReservationId");
            h.HasKey(x => x.Id);
            h.Property(x => x.Id).ValueGeneratedNever();
            h.Property(x => x.By).HasMaxLength(200);
            h.Property(x => x.What).HasMaxLength(40);
            h.Property(x => x.Note).HasMaxLength(Reservation.ReasonMax + 40);
        });
        b.Navigation(r => r.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.OwnsMany(r => r.Payments, p =>
        {
            p.ToTable("reservation_payments");
            p.WithOwner().HasForeignKey("ReservationId");
            p.HasKey(x => x.Id);
            p.Property(x => x.Id).ValueGeneratedNever();
            p.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
            p.Property(x => x.Amount).HasPrecision(14, 2);
            p.Property(x => x.By).HasMaxLength(200);
            p.Property(x => x.Note).HasMaxLength(Reservation.ReasonMax);
        });
        b.Navigation(r => r.Payments).HasField("_payments").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class RatePlanConfiguration : IEntityTypeConfiguration<RatePlan>
{
    public void Configure(EntityTypeBuilder<RatePlan> b)
    {
        b.ToTable("rate_plans");
        b.Property(p => p.Id).ValueGeneratedNever();
        b.Property(p => p.Code).HasMaxLength(RatePlan.CodeMax);
        b.Property(p => p.Name).HasMaxLength(RatePlan.NameMax);
        b.HasIndex(p => new { p.PropertyId, p.Code }).IsUnique();
        b.ComplexProperty(p => p.Rule);
        b.OwnsMany(p => p.Prices, price =>
        {
            price.ToTable("rate_plan_prices");
            price.WithOwner().HasForeignKey("RatePlanId");
            price.Property<int>("Id");
            price.HasKey("Id");
            price.Property(x => x.Rate).HasPrecision(12, 2);
        });
        b.Navigation(p => p.Prices).HasField("_prices").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class RoomTypeNightConfiguration : IEntityTypeConfiguration<RoomTypeNight>
{
    public const string Limit = "CK_room_type_nights_limit";

    public void Configure(EntityTypeBuilder<RoomTypeNight> b)
    {
        b.ToTable("room_type_nights", t =>
        {
            t.HasCheckConstraint(Limit, "\"Booked\" >= 0 AND \"Booked\" <= \"Capacity\" + \"Overbooking\"");
        });
        b.HasKey(n => new { n.RoomTypeId, n.Night });
        b.HasIndex(n => new { n.PropertyId, n.Night });
    }
}

internal sealed class PropertyNightConfiguration : IEntityTypeConfiguration<PropertyNight>
{
    public const string Limit = "CK_property_nights_limit";

    public void Configure(EntityTypeBuilder<PropertyNight> b)
    {
        b.ToTable("property_nights", t => t.HasCheckConstraint(Limit, "\"Booked\" >= 0 AND \"Booked\" <= \"Capacity\" + \"Overbooking\""));
        b.HasKey(n => new { n.PropertyId, n.Night });
    }
}

internal sealed class FrontOfficeSettingsConfiguration : IEntityTypeConfiguration<FrontOfficeSettings>
{
    public void Configure(EntityTypeBuilder<FrontOfficeSettings> b)
    {
        b.ToTable("front_office_settings");
        b.HasKey(s => s.PropertyId);
    }
}

internal sealed class OverbookingNightConfiguration : IEntityTypeConfiguration<OverbookingNight>
{
    public void Configure(EntityTypeBuilder<OverbookingNight> b)
    {
        b.ToTable("overbooking_nights");
        b.HasKey(n => new { n.PropertyId, n.Night });
    }
}
