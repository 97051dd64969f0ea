using GuestLoop.Domain;
using GuestLoop.Domain.Customers;
using GuestLoop.Domain.Facilities;
using GuestLoop.Domain.Organisation;
using GuestLoop.Domain.WorkOrders;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Features.Customers;
using GuestLoop.Web.Features.Organisation;
using GuestLoop.Web.Features.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Facilities;

/// <summary>Which bookings to list: a property, a facility, a day, a status.</summary>
public sealed record FacilityBookingFilter(string? Property, Guid? FacilityId, DateOnly? Date, string? Status, int Page = 1, int PageSize = 100);

/// <summary>
/// One engine for every bookable facility (seed 003 §5–8: restaurant tables, meeting rooms and banquets, the business
/// centre, fitness and spa, a scenic area's tours): facilities set by level 2 or above; bookings made, changed, cancelled,
/// arrived and marked no-show by the property's staff, each step saving the booking, its slots in
/// <see cref="FacilitySlots"/> and the audit entry in one transaction. Another property's facility or booking is not found.
/// </summary>
public sealed class FacilityBook(GuestLoopDbContext db, TimeProvider clock, AuditLog audit, FacilitySlots slots)
{
    public async Task<IReadOnlyList<FacilityJson>> FacilitiesAsync(AccessScope scope, string? propertyCode, CancellationToken ct)
    {
        var property = await PropertyChoice.FilterIdAsync(db, propertyCode, scope, ct);
        var list = await (property is { } id ? db.Facilities.AsNoTracking().Where(f => f.PropertyId == id) : VisibleFacilities(scope))
            .OrderBy(f => f.PropertyId).ThenBy(f => f.Kind).ThenBy(f => f.Code).ToListAsync(ct);
        var codes = await PropertyCodesAsync([.. list.Select(f => f.PropertyId)], ct);
        return [.. list.Select(f => FacilityJson.From(f, codes[f.PropertyId]))];
    }

    /// <summary>Adds the facility, or changes the property's facility of that code (level 2 or above).</summary>
    public async Task<(FacilityJson Facility, bool Created)> SetFacilityAsync(FacilityBody body, AccessScope scope, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var property = await PropertyChoice.RequireAsync(db, body.Property, scope, errors, ct);
        var kind = CreateCaseRequest.ParseEnum<FacilityKind>("kind", body.Kind ?? string.Empty, errors);
        errors.ThrowIfAny();
        WorkOrderAuthority.RequireConfigurer(scope.Authority, scope.IsAdministrator, "set facilities");
        var exclusive = body.Exclusive ?? kind is FacilityKind.MeetingRoom or FacilityKind.BanquetHall;
        var capacity = body.Capacity ?? 0;
        var spec = new FacilitySpec(body.Code, body.Name, kind!.Value, capacity, exclusive, body.SlotMinutes ?? 30, body.Opens ?? new TimeOnly(8, 0),
            body.Closes ?? new TimeOnly(22, 0),
            new FacilityRules(body.MinNoticeMinutes ?? 30, body.MaxMinutes ?? 240, body.MaxPartySize ?? (exclusive ? Math.Max(1, capacity) : Math.Clamp(capacity, 1, 20)),
                body.FreeCancellationHours ?? 2), body.Active ?? true);
        var code = body.Code?.Trim().ToUpperInvariant();
        var facility = await db.Facilities.SingleOrDefaultAsync(f => f.PropertyId == property!.Id && f.Code == code, ct);
        var created = facility is null;
        object? before = null;
        if (facility is null)
        {
            facility = Facility.Create(property!.Id, spec);
            db.Facilities.Add(facility);
        }
        else
        {
            before = Audited(facility);
            var today = property!.LocalDate(clock.GetUtcNow());
            if (spec.SlotMinutes != facility.SlotMinutes && await db.FacilityBookings.AnyAsync(b => b.FacilityId == facility.Id && b.Date >= today
                    && (b.Status == FacilityBookingStatus.Confirmed || b.Status == FacilityBookingStatus.Arrived), ct))
            {
                throw new FacilityValidationException(FieldErrors.For("slotMinutes", "The slot length cannot change while bookings from today on hold slots."));
            }

            facility.Update(spec);
        }

        audit.Append(scope, "facility.set", "facility", facility.Id.ToString(), before, Audited(facility));
        await db.SaveChangesAsync(ct);
        return (FacilityJson.From(facility, property!.Code), created);
    }

    /// <summary>Each slot of a facility's day: capacity, booked and free.</summary>
    public async Task<FacilityDayJson> DayAsync(Guid facilityId, DateOnly? date, AccessScope scope, CancellationToken ct)
    {
        var facility = await LoadFacilityAsync(facilityId, scope, ct);
        var (_, localNow) = await PropertyNowAsync(facility.PropertyId, ct);
        var day = date ?? DateOnly.FromDateTime(localNow);
        var list = await slots.DayAsync(facility, day, ct);
        return new FacilityDayJson(facility.Id, facility.Code, day, [.. list.Select(s => new SlotJson(s.Start, s.Capacity, s.Booked, s.Free))]);
    }

    public async Task<FacilityBookingListJson> ListAsync(FacilityBookingFilter filter, AccessScope scope, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var status = filter.Status is null ? null : CreateCaseRequest.ParseEnum<FacilityBookingStatus>("status", filter.Status, errors);
        Paging.Check(filter.Page, filter.PageSize, errors);

        errors.ThrowIfAny();
        var property = await PropertyChoice.FilterIdAsync(db, filter.Property, scope, ct);
        var query = property is { } id ? db.FacilityBookings.AsNoTracking().Where(b => b.PropertyId == id)
            : db.FacilityBookings.AsNoTracking().InScope(scope, b => b.PropertyId);
        if (filter.FacilityId is { } facility)
        {
            query = query.Where(b => b.FacilityId == facility);
        }

        if (filter.Date is { } date)
        {
            query = query.Where(b => b.Date == date);
        }

        if (status is { } s)
        {
            query = query.Where(b => b.Status == s);
        }

        var total = await query.CountAsync(ct);
        var page = await query.OrderBy(b => b.Date).ThenBy(b => b.Start).ThenBy(b => b.Number).Skip((filter.Page - 1) * filter.PageSize)
            .Take(filter.PageSize).ToListAsync(ct);
        var facilityIds = page.Select(b => b.FacilityId).Distinct().ToList();
        var facilities = await db.Facilities.AsNoTracking().Where(f => facilityIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);
        AuditClearRead(scope, page);
        await db.SaveChangesAsync(ct);
        return new FacilityBookingListJson([.. page.Select(b => FacilityBookingJson.From(b, facilities[b.FacilityId], scope))], total);
    }

    public async Task<FacilityBookingJson> GetAsync(Guid id, AccessScope scope, CancellationToken ct)
    {
        var (booking, facility) = await LoadWithFacilityAsync(id, scope, ct);
        AuditClearRead(scope, [booking]);
        await db.SaveChangesAsync(ct);
        return FacilityBookingJson.From(booking, facility, scope);
    }

    public async Task<FacilityBookingJson> BookAsync(FacilityBookingBody body, AccessScope scope, CancellationToken ct)
    {
        RequireStaff(scope);
        var facility = body.FacilityId is { } id ? await VisibleFacilities(scope).SingleOrDefaultAsync(f => f.Id == id, ct) : null;
        if (facility is null)
        {
            throw new FacilityValidationException(FieldErrors.For("facilityId", body.FacilityId is null ? "Required." : "No such facility."));
        }

        var request = await RequestAsync(body, ct);
        var (now, localNow) = await PropertyNowAsync(facility.PropertyId, ct);
        var booking = FacilityBooking.Create(facility, BookingNumber.New('F', DateOnly.FromDateTime(localNow), 5), request, scope.Actor, now, localNow);
        await SaveAsync(facility, booking, (booking.Date, [], 0), scope, "facility-booking.add", null, ct, added: true);
        return FacilityBookingJson.From(booking, facility, scope);
    }

    public async Task<FacilityBookingJson> ChangeAsync(Guid id, FacilityBookingBody body, AccessScope scope, CancellationToken ct)
    {
        var (booking, facility) = await LoadWithFacilityAsync(id, scope, ct);
        var request = await RequestAsync(body, ct);
        return await StepAsync(booking, facility, scope, "facility-booking.change", body.Version,
            (b, now, localNow) => b.Change(facility, request, scope.Actor, now, localNow), ct);
    }

    public async Task<FacilityBookingJson> CancelAsync(Guid id, FacilityCancelBody body, AccessScope scope, CancellationToken ct) =>
        await StepAsync(id, scope, "facility-booking.cancel", body.Version, (b, now, localNow) => b.Cancel(body.Reason, scope.Actor, now, localNow), ct);

    public Task<FacilityBookingJson> ArriveAsync(Guid id, AccessScope scope, CancellationToken ct) =>
        StepAsync(id, scope, "facility-booking.arrive", null, (b, now, localNow) => b.Arrive(scope.Actor, now, localNow), ct);

    public Task<FacilityBookingJson> NoShowAsync(Guid id, AccessScope scope, CancellationToken ct) =>
        StepAsync(id, scope, "facility-booking.no-show", null, (b, now, localNow) => b.MarkNoShow(scope.Actor, now, localNow), ct);

    private IQueryable<Facility> VisibleFacilities(AccessScope scope) => db.Facilities.AsNoTracking().InScope(scope, f => f.PropertyId);

    private async Task<Facility> LoadFacilityAsync(Guid id, AccessScope scope, CancellationToken ct) =>
        await VisibleFacilities(scope).SingleOrDefaultAsync(f => f.Id == id, ct) ?? throw new FacilityNotFoundException();

    /// <summary>A booking in the caller's scope with the facility it is at; another property's booking is not found.</summary>
    private async Task<(FacilityBooking Booking, Facility Facility)> LoadWithFacilityAsync(Guid id, AccessScope scope, CancellationToken ct)
    {
        var booking = await db.FacilityBookings.InScope(scope, b => b.PropertyId).SingleOrDefaultAsync(b => b.Id == id, ct)
            ?? throw new FacilityNotFoundException();
        return (booking, await db.Facilities.AsNoTracking().SingleAsync(f => f.Id == booking.FacilityId, ct));
    }

    private async Task<FacilityBookingJson> StepAsync(Guid id, AccessScope scope, string action, int? version, Action<FacilityBooking, DateTimeOffset, DateTime> step,
        CancellationToken ct)
    {
        var (booking, facility) = await LoadWithFacilityAsync(id, scope, ct);
        return await StepAsync(booking, facility, scope, action, version, step, ct);
    }

    /// <summary>Applies a step and saves it with the slots it frees or takes; a stale version or a concurrent step is a conflict.</summary>
    private async Task<FacilityBookingJson> StepAsync(FacilityBooking booking, Facility facility, AccessScope scope, string action, int? version,
        Action<FacilityBooking, DateTimeOffset, DateTime> step, CancellationToken ct)
    {
        RequireStaff(scope);
        if (version is { } v && v != booking.Version)
        {
            throw new FacilityBookingChangedException();
        }

        var before = Audited(booking);
        var held = (booking.Date, booking.HeldSlots(), booking.Units);
        var (now, localNow) = await PropertyNowAsync(booking.PropertyId, ct);
        step(booking, now, localNow);
        await SaveAsync(facility, booking, held, scope, action, before, ct);
        return FacilityBookingJson.From(booking, facility, scope);
    }

    private async Task SaveAsync(Facility facility, FacilityBooking booking, (DateOnly, IReadOnlyList<int>, int) held, AccessScope scope, string action,
        object? before, CancellationToken ct, bool added = false)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await slots.MoveAsync(facility, held, booking, ct);
            if (added)
            {
                db.FacilityBookings.Add(booking);
            }

            audit.Append(scope, action, "facility-booking", booking.Id.ToString(), before, Audited(booking));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new FacilityBookingChangedException();
        }
    }

    private async Task<FacilityBookingRequest> RequestAsync(FacilityBookingBody body, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var layout = string.IsNullOrEmpty(body.Layout) ? null : CreateCaseRequest.ParseEnum<EventLayout>("layout", body.Layout, errors);
        if (body.Date is null)
        {
            errors.Add("date", "Required.");
        }

        if (body.Start is null)
        {
            errors.Add("start", "Required.");
        }

        if (body.End is null)
        {
            errors.Add("end", "Required.");
        }

        if (body.PartySize is null)
        {
            errors.Add("partySize", "Required.");
        }

        if (body.EventOrder?.Any(i => i?.At is null) == true)
        {
            errors.Add("eventOrder", "Each line needs a time.");
        }

        if (body.GuestId is { } guest && !await db.Guests.AnyAsync(g => g.Id == guest && g.ErasedAt == null, ct))
        {
            errors.Add("guestId", "No such guest.");
        }

        errors.ThrowIfAny();
        var request = new FacilityBookingRequest(body.Date!.Value, body.Start!.Value, body.End!.Value, body.PartySize!.Value, body.GuestName, body.Phone,
            body.GuestId, body.RoomNumber, body.Notes, layout, body.Equipment, body.Catering,
            body.EventOrder?.Select(i => new EventOrderItem(i.At!.Value, i.Activity ?? string.Empty, i.Department)).ToList());
        return request;
    }

    /// <summary>Now, and the property's wall clock now: opening hours, notice and the free-cancellation window are local.</summary>
    private async Task<(DateTimeOffset Now, DateTime Local)> PropertyNowAsync(Guid propertyId, CancellationToken ct)
    {
        var zone = await db.Properties.AsNoTracking().Where(p => p.Id == propertyId).Select(p => p.TimeZoneId).SingleAsync(ct);
        var now = clock.GetUtcNow();
        return (now, TimeZoneInfo.ConvertTime(now, CaseWorkflow.FindZone(zone)).DateTime);
    }

    private async Task<Dictionary<Guid, string>> PropertyCodesAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var distinct = ids.Distinct().ToList();
        return await db.Properties.AsNoTracking().Where(p => distinct.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Code, ct);
    }

    /// <summary>A read of a party's phone in clear is a sensitive read: kept in the audit log.</summary>
    private void AuditClearRead(AccessScope scope, IReadOnlyList<FacilityBooking> read)
    {
        var shown = read.Where(b => b.Phone is not null).Select(b => b.Number).ToList();
        if (scope.SeesClearValues && shown.Count > 0)
        {
            audit.Append(scope, "facility-booking.read", "facility-booking", shown.Count == 1 ? read.Single(b => b.Number == shown[0]).Id.ToString() : "list",
                null, new { Bookings = shown });
        }
    }

    private static object Audited(Facility f) => new
    {
        f.Code, f.Name, f.Kind, f.Capacity, f.Exclusive, f.SlotMinutes, f.Opens, f.Closes, f.Rules.MinNoticeMinutes, f.Rules.MaxMinutes, f.Rules.MaxPartySize,
        f.Rules.FreeCancellationHours, f.Active,
    };

    private static object Audited(FacilityBooking b) => new
    {
        b.Number, b.Status, b.FacilityId, b.Date, b.Start, b.End, b.PartySize, b.Units, b.GuestName, Phone = Masking.Phone(b.Phone), b.RoomNumber, b.Layout,
        EventOrder = b.EventOrder.Count, b.LateCancellation,
    };

    private static void RequireStaff(AccessScope scope)
    {
        if (scope.StaffId is null && !scope.IsAdministrator)
        {
            throw new FacilityDeniedException("Only staff of the property take bookings.");
        }
    }
}

/// <summary>No such facility or booking in the caller's scope (HTTP 404, saying nothing of other properties).</summary>
public sealed class FacilityNotFoundException() : DomainException(DomainErrorKind.NotFound, "No such facility or booking.");

/// <summary>Someone else changed the booking since it was read (HTTP 409).</summary>
public sealed class FacilityBookingChangedException() : DomainException(DomainErrorKind.Conflict, "Someone else changed the booking; reload it.");

public sealed class FacilityDeniedException(string message) : DomainException(DomainErrorKind.Forbidden, message);
