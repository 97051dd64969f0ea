using GuestLoop.Domain;
using GuestLoop.Domain.Reservations;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Features.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Reservations;

/// <summary>
/// Which reservations to list: a property, the arrival dates, a status, a number or guest name, and the departures of a
/// day (the guests in house leaving that day and those who already left).
/// </summary>
public sealed record ReservationFilter(string? Property, DateOnly? ArrivalFrom, DateOnly? ArrivalTo, string? Status, string? Text, int Page = 1, int PageSize = 50,
    DateOnly? Departure = null);

/// <summary>
/// Reading reservations: lists, one reservation (a clear read is audited), a property's availability by room type and
/// night, the day's allocation, and the front office's figures — check-ins against the 30-minute target among them.
/// </summary>
public sealed class ReservationSearch(GuestLoopDbContext db, ReservationBook book, RoomInventory inventory, AuditLog audit, TimeProvider clock)
{
    public async Task<ReservationListJson> ListAsync(ReservationFilter filter, AccessScope scope, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var status = filter.Status is null ? null : CreateCaseRequest.ParseEnum<ReservationStatus>("status", filter.Status, errors);
        Paging.Check(filter.Page, filter.PageSize, errors);

        if (filter.Text?.Length > 100)
        {
            errors.Add("q", "At most 100 characters.");
        }

        errors.ThrowIfAny();
        var query = await InPropertyAsync(filter.Property, scope, ct);
        if (filter.ArrivalFrom is { } from)
        {
            query = query.Where(r => r.Arrival >= from);
        }

        if (filter.ArrivalTo is { } to)
        {
            query = query.Where(r => r.Arrival <= to);
        }

        if (status is { } s)
        {
            query = query.Where(r => r.Status == s);
        }

        if (filter.Departure is { } leaving)
        {
            query = query.Where(r => r.Departure == leaving && (r.Status == ReservationStatus.CheckedIn || r.Status == ReservationStatus.CheckedOut));
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim();
            query = query.Where(r => r.Number == text.ToUpperInvariant() || r.GuestName.Contains(text) || r.ExternalReference == text);
        }

        var total = await query.CountAsync(ct);
        var page = await query.OrderBy(r => r.Arrival).ThenBy(r => r.Number).Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize).ToListAsync(ct);
        var names = await ReservationNames.LoadAsync(db, [.. page.Select(r => r.PropertyId)], ct);
        var items = new List<ReservationJson>(page.Count);
        foreach (var r in page)
        {
            items.Add(ReservationJson.From(r, names, scope, await book.ChargeIfCancelledAsync(r, ct)));
        }

        AuditClearRead(scope, page);
        await db.SaveChangesAsync(ct);
        return new ReservationListJson(items, total);
    }

    public async Task<ReservationJson> GetAsync(Guid id, AccessScope scope, CancellationToken ct)
    {
        var reservation = await book.LoadAsync(id, scope, ct);
        AuditClearRead(scope, [reservation]);
        await db.SaveChangesAsync(ct);
        return await JsonAsync(reservation, scope, ct);
    }

    public async Task<ReservationJson> JsonAsync(Reservation reservation, AccessScope scope, CancellationToken ct) =>
        ReservationJson.From(reservation, await ReservationNames.LoadAsync(db, [reservation.PropertyId], ct), scope,
            await book.ChargeIfCancelledAsync(reservation, ct));

    public async Task<AvailabilityJson> AvailabilityAsync(string? propertyCode, DateOnly? from, DateOnly? to, AccessScope scope, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var property = await PropertyChoice.RequireAsync(db, propertyCode, scope, errors, ct);
        var start = from ?? property?.LocalDate(clock.GetUtcNow()) ?? default;
        var end = to ?? start.AddDays(14);
        if (end <= start || end.DayNumber - start.DayNumber > 62)
        {
            errors.Add("to", "After 'from', at most 62 nights.");
        }

        errors.ThrowIfAny();
        var nights = await inventory.AvailabilityAsync(property!.Id, start, end, ct);
        var types = await db.RoomTypes.AsNoTracking().Where(t => t.PropertyId == property.Id && t.Active).OrderBy(t => t.Code).ToListAsync(ct);
        return new AvailabilityJson(property.Code, start, end, [.. types.Select(t => new RoomTypeAvailabilityJson(t.Code, t.Name,
            [.. nights[t.Id].Select(n => new NightAvailabilityJson(n.Night, n.Rooms, n.Booked, n.Overbooking, n.Free))]))]);
    }

    public async Task<AllocationJson> AllocationAsync(string? propertyCode, DateOnly? date, AccessScope scope, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var property = await PropertyChoice.RequireAsync(db, propertyCode, scope, errors, ct);
        errors.ThrowIfAny();
        var day = date ?? property!.LocalDate(clock.GetUtcNow());
        var (rows, quality) = await book.AllocateAsync(property!.Id, day, ct);
        var names = await ReservationNames.LoadAsync(db, [property.Id], ct);
        return new AllocationJson(property.Code, day,
            [.. rows.Select(x => new AllocationRowJson(x.Reservation.Id, x.Reservation.Number, x.Reservation.GuestName, names.TypeCode(x.Reservation.RoomTypeId),
                x.Reservation.NeedsAccessibleRoom, x.Suggestion.RoomNumber, x.Suggestion.SpecialNeedsMet, x.Suggestion.Reasons))],
            quality.SpecialNeedsGuests, quality.SpecialNeedsPlaced, quality.SpecialNeedsShare, quality.PreferencesStated, quality.PreferencesMet,
            quality.PreferencesShare);
    }

    /// <summary>Arrivals, check-ins against the 30-minute target, no-shows and cancellations with their charges, by arrival date.</summary>
    public async Task<FrontOfficeFiguresJson> FiguresAsync(string? propertyCode, DateOnly? from, DateOnly? to, AccessScope scope, CancellationToken ct)
    {
        var property = await PropertyChoice.FilterIdAsync(db, propertyCode, scope, ct);
        var end = to ?? await PropertyChoice.TodayAsync(db, property, scope, clock.GetUtcNow(), ct);
        var start = from ?? end.AddDays(-29);
        if (end < start || end.DayNumber - start.DayNumber > 366)
        {
            FieldErrors.For("to", "On or after 'from', at most a year.").ThrowIfAny();
        }

        var query = InProperty(property, scope).Where(r => r.Arrival >= start && r.Arrival <= end);
        var rows = await query.Select(r => new { r.Status, r.ArrivedAt, r.CheckedInAt, r.CancellationCharge }).ToListAsync(ct);
        var minutes = rows.Where(r => r.CheckedInAt is not null && r.ArrivedAt is not null)
            .Select(r => (r.CheckedInAt!.Value - r.ArrivedAt!.Value).TotalMinutes).Order().ToList();
        var within = minutes.Count(m => m <= Reservation.CheckInTarget.TotalMinutes);
        var arrivals = rows.Count(r => r.Status is not (ReservationStatus.Cancelled or ReservationStatus.Requested));
        return new FrontOfficeFiguresJson(propertyCode, start, end, arrivals, minutes.Count, within,
            minutes.Count == 0 ? null : (double)within / minutes.Count, minutes.Count == 0 ? null : Math.Round(minutes[minutes.Count / 2], 1),
            rows.Count(r => r.Status == ReservationStatus.NoShow), rows.Count(r => r.Status == ReservationStatus.Cancelled),
            rows.Where(r => r.Status is ReservationStatus.Cancelled or ReservationStatus.NoShow).Sum(r => r.CancellationCharge ?? 0m));
    }

    private async Task<IQueryable<Reservation>> InPropertyAsync(string? code, AccessScope scope, CancellationToken ct) =>
        InProperty(await PropertyChoice.FilterIdAsync(db, code, scope, ct), scope);

    private IQueryable<Reservation> InProperty(Guid? property, AccessScope scope) =>
        property is { } id ? db.Reservations.AsNoTracking().Where(r => r.PropertyId == id) : db.Reservations.AsNoTracking().InScope(scope, r => r.PropertyId);

    /// <summary>A read of contacts or identity documents in clear is a sensitive read: kept in the audit log.</summary>
    private void AuditClearRead(AccessScope scope, IReadOnlyList<Reservation> read)
    {
        var shown = read.Where(r => r.Phone is not null || r.Email is not null || r.DocumentNumber is not null).Select(r => r.Number).ToList();
        if (scope.SeesClearValues && shown.Count > 0)
        {
            audit.Append(scope, "reservation.read", "reservation", shown.Count == 1 ? read.Single(r => r.Number == shown[0]).Id.ToString() : "list", null,
                new { Reservations = shown });
        }
    }
}
