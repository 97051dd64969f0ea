using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Customers;
using GuestLoop.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GuestLoop.Web.Features.Customers;

/// <summary>
/// Where personal data meets the database: the encrypting converter on every sensitive column (guest profiles, the
/// complainant on cases, reservations' contacts and identity documents, facility bookings' phones, the recipient of every text message), and the keyed-hash columns beside them, filled on every save.
/// </summary>
public static class SensitiveColumns
{
    public const string PhoneHash = "PhoneHash";
    public const string EmailHash = "EmailHash";
    public const string IdNumberHash = "IdNumberHash";
    public const int EncryptedMax = 1000;

    public static void Apply(ModelBuilder model, SensitiveData data)
    {
        var converter = new ValueConverter<string?, string?>(v => data.Protect(v), v => data.Unprotect(v));
        model.Entity<Case>().OwnsOne(c => c.Complainant, o =>
        {
            o.Property(x => x.Phone).HasConversion(converter).HasMaxLength(EncryptedMax);
            o.Property(x => x.Email).HasConversion(converter).HasMaxLength(EncryptedMax);
            o.Property(x => x.IdNumber).HasConversion(converter).HasMaxLength(EncryptedMax);
            o.Property<string?>(PhoneHash).HasColumnName("complainant_phone_hash").HasMaxLength(64);
            o.Property<string?>(IdNumberHash).HasColumnName("complainant_id_number_hash").HasMaxLength(64);
            o.HasIndex(PhoneHash);
        });
        // The authenticator key is a secret of the same kind: useless to whoever reads the database without the key ring.
        model.Entity<GuestLoop.Web.Features.Organisation.StaffMember>().Property(s => s.AuthenticatorKey).HasConversion(converter).HasMaxLength(EncryptedMax);
        model.Entity<GuestLoop.Web.Features.Replies.SmsMessage>().Property<string?>(nameof(GuestLoop.Web.Features.Replies.SmsMessage.To)).HasConversion(converter).HasMaxLength(EncryptedMax).IsRequired();
        model.Entity<GuestLoop.Domain.Reservations.Reservation>(b =>
        {
            foreach (var name in new[] { nameof(GuestLoop.Domain.Reservations.Reservation.Phone), nameof(GuestLoop.Domain.Reservations.Reservation.Email),
                nameof(GuestLoop.Domain.Reservations.Reservation.DocumentNumber) })
            {
                b.Property<string?>(name).HasConversion(converter).HasMaxLength(EncryptedMax);
            }
        });
        model.Entity<GuestLoop.Domain.Facilities.FacilityBooking>().Property(b => b.Phone).HasConversion(converter).HasMaxLength(EncryptedMax);
        model.Entity<Guest>(b =>
        {
            foreach (var name in new[] { nameof(Guest.Phone), nameof(Guest.Email), nameof(Guest.IdNumber), nameof(Guest.Address) })
            {
                b.Property<string?>(name).HasConversion(converter).HasMaxLength(EncryptedMax);
            }

            foreach (var name in new[] { PhoneHash, EmailHash, IdNumberHash })
            {
                b.Property<string?>(name).HasMaxLength(64);
                b.HasIndex(name);
            }
        });
    }

    /// <summary>Recomputes the hash columns of every added or changed guest and complainant before they are written.</summary>
    public static void Stamp(ChangeTracker tracker, SensitiveData data)
    {
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case Complainant c:
                    Set(entry, PhoneHash, data.Hash(SensitiveField.Phone, c.Phone));
                    Set(entry, IdNumberHash, data.Hash(SensitiveField.IdNumber, c.IdNumber));
                    break;
                case Guest g:
                    Set(entry, PhoneHash, data.Hash(SensitiveField.Phone, g.Phone));
                    Set(entry, EmailHash, data.Hash(SensitiveField.Email, g.Email));
                    Set(entry, IdNumberHash, data.Hash(SensitiveField.IdNumber, g.IdNumber));
                    break;
            }
        }
    }

    private static void Set(EntityEntry entry, string property, string? value)
    {
        var p = entry.Property(property);
        if (!Equals(p.CurrentValue, value))
        {
            p.CurrentValue = value;
        }
    }

    /// <summary>One model per key ring: the converters hold the instance that encrypts for this host.</summary>
    internal sealed class CacheKeyFactory : IModelCacheKeyFactory
    {
        public object Create(DbContext context, bool designTime) =>
            (context.GetType(), designTime, (context as GuestLoopDbContext)?.Sensitive);
    }
}
