using System.Globalization;
using GuestLoop.Domain.Customers;
using GuestLoop.Domain.Intake;
using GuestLoop.Domain.Reservations;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Notifications;
using GuestLoop.Web.Features.Replies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GuestLoop.Web.Features.Reservations;

/// <summary>
/// The confirmation a guest receives by e-mail once a reservation is confirmed (seed 003 §2: 预订确认): the number, the
/// stay, the room type, the rate, the deposit and the cancellation terms they booked on, in the guest's language. Sent
/// only when e-mail is configured, the reservation has an address and a linked guest has not refused service messages;
/// after the reservation is saved, so a mail server that is down never refuses a booking (the failure is logged).
/// </summary>
public sealed class ReservationConfirmationMail(GuestLoopDbContext db, IStringLocalizer<SharedResource> l, ILogger<ReservationConfirmationMail> log,
    IEmailSender? email = null)
{
    public async Task<bool> SendAsync(Reservation reservation, CancellationToken ct)
    {
        if (email is null || reservation.Status != ReservationStatus.Confirmed || string.IsNullOrWhiteSpace(reservation.Email))
        {
            return false;
        }

        if (reservation.GuestId is { } guestId
            && await db.Guests.AsNoTracking().SingleOrDefaultAsync(g => g.Id == guestId, ct) is { } guest && !guest.MayBeContactedFor(ConsentPurpose.Service))
        {
            return false;
        }

        var property = await db.Properties.AsNoTracking().Where(p => p.Id == reservation.PropertyId).Select(p => p.Name).SingleAsync(ct);
        var type = await db.RoomTypes.AsNoTracking().Where(t => t.Id == reservation.RoomTypeId).Select(t => t.Name).SingleAsync(ct);
        var rule = reservation.Rule;
        var (subject, body) = GuestCulture.In(GuestLanguage.Of(reservation.GuestName, reservation.Notes), () => (
            l["Reservations.Confirmation.Subject", property, reservation.Number].Value,
            l["Reservations.Confirmation.Body", reservation.GuestName, property, reservation.Number, reservation.Arrival.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                reservation.Departure.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), reservation.Nights, type,
                reservation.NightlyRate.ToString("0.##", CultureInfo.InvariantCulture), reservation.DepositDue.ToString("0.##", CultureInfo.InvariantCulture),
                rule.FreeUntilHours, rule.LateChargeNights, rule.NoShowChargeNights].Value));
        try
        {
            await email.SendAsync(new EmailMessage(reservation.Email, reservation.GuestName, subject, body, Automatic: true), ct);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "The confirmation of reservation {Number} could not be sent", reservation.Number);
            return false;
        }
    }
}
