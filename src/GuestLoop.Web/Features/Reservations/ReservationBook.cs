using GuestLoop.Domain;
using GuestLoop.Domain.Customers;
using GuestLoop.Domain.Organisation;
using GuestLoop.Domain.Reservations;
using GuestLoop.Domain.Rooms;
using GuestLoop.Domain.Surveys;
using GuestLoop.Domain.WorkOrders;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Features.Cluster;
using GuestLoop.Web.Features.Customers;
using GuestLoop.Web.Features.Organisation;
using GuestLoop.Web.Features.Rooms;
using GuestLoop.Web.Features.Surveys;
using GuestLoop.Web.Features.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Reservations;

/// <summary>
/// The front office's reservations (seed 003 §2–3): made, confirmed, changed, cancelled with the agreed terms' charge, marked
/// no-show, paid into and refunded, the guest marked at the desk, checked in to a room and out again. Every step saves the
/// reservation, its nights in the <see cref="RoomInventory"/>, the room's status and the audit entry in one transaction.
/// Staff of the reservation's property only; another property's reservation is not found.
/// </summary>
public sealed class ReservationBook(GuestLoopDbContext db, TimeProvider clock, AuditLog audit, RoomInventory inventory, SensitiveData sensitive,
    RoomCleaningOrders cleaning, ClusterEvents events, ReservationConfirmationMail confirmations, SendSurveyInvitation surveys,
    SurveyInvitationMail surveyMail)
{
    private readonly Dictionary<Guid, (TimeZoneInfo Zone, TimeOnly CheckInTime)> _propertyClocks = [];

    public IQueryable<Reservation> Visible(AccessScope scope) => db.Reservations.InScope(scope, r => r.PropertyId);

    public async Task<Reservation> LoadAsync(Guid id, AccessScope scope, CancellationToken ct) =>
        await Visible(scope).SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw new ReservationNotFoundException();

    /// <summary>
    /// Makes a reservation; a confirmed one is confirmed to the guest by e-mail unless <paramref name="confirmToGuest"/> is
    /// false (a PMS's import: the PMS has confirmed it already).
    /// </summary>
    public async Task<(Reservation Reservation, bool Created)> CreateAsync(ReservationRequest body, AccessScope scope, CancellationToken ct,
        bool confirmToGuest = true)
    {
        RequireStaff(scope);
        var errors = new FieldErrors();
        var property = await PropertyChoice.RequireAsync(db, body.Property, scope, errors, ct);
        if (property is not null && !string.IsNullOrWhiteSpace(body.ExternalReference)
            && await db.Reservations.SingleOrDefaultAsync(r => r.PropertyId == property.Id && r.ExternalReference == body.ExternalReference.Trim(), ct) is { } known)
        {
            return (known, false);
        }

        var terms = await TermsAsync(property?.Id, body.RoomType, body.RatePlan, body.Arrival, body.Departure, body.Adults, body.Children, body.NightlyRate,
            errors, ct);
        var guest = await GuestAsync(body.GuestId, body.GuestName, body.Phone, body.Email, body.NeedsAccessibleRoom, body.Notes, body.ExternalReference,
            errors, ct);
        errors.ThrowIfAny();
        var now = clock.GetUtcNow();
        var today = property!.LocalDate(now);
        var reservation = Reservation.Create(property.Id, BookingNumber.New('R', today, 6), terms!, guest!, body.Confirm ?? true, scope.Actor, now, today);
        await SaveAsync(reservation, [], scope, "reservation.add", null, ct, added: true);
        if (confirmToGuest)
        {
            await confirmations.SendAsync(reservation, CancellationToken.None);
        }

        return (reservation, true);
    }

    public async Task<Reservation> ConfirmAsync(Guid id, AccessScope scope, CancellationToken ct)
    {
        var confirmed = await StepAsync(id, scope, "reservation.confirm", null, (r, now, _) => r.Confirm(scope.Actor, now), ct);
        await confirmations.SendAsync(confirmed, CancellationToken.None);
        return confirmed;
    }

    public async Task<Reservation> ChangeAsync(Guid id, ReservationChange body, AccessScope scope, CancellationToken ct)
    {
        var reservation = await LoadAsync(id, scope, ct);
        var errors = new FieldErrors();
        var terms = await TermsAsync(reservation.PropertyId, body.RoomType, body.RatePlan, body.Arrival ?? reservation.Arrival,
            body.Departure ?? reservation.Departure, body.Adults ?? reservation.Adults, body.Children ?? reservation.Children, body.NightlyRate, errors, ct,
            reservation);
        var guest = await GuestAsync(reservation.GuestId, body.GuestName ?? reservation.GuestName, body.Phone ?? reservation.Phone, body.Email ?? reservation.Email,
            body.NeedsAccessibleRoom ?? reservation.NeedsAccessibleRoom, body.Notes ?? reservation.Notes, null, errors, ct);
        errors.ThrowIfAny();
        return await StepAsync(reservation, scope, "reservation.change", body.Version,
            (r, now, today) => r.Change(terms!, guest!, scope.Actor, now, today), ct);
    }

    public async Task<Reservation> CancelAsync(Guid id, ReservationCancelBody body, AccessScope scope, CancellationToken ct)
    {
        var reservation = await LoadAsync(id, scope, ct);
        var checkInAt = await CheckInInstantAsync(reservation, ct);
        return await StepAsync(reservation, scope, "reservation.cancel", body.Version,
            (r, now, _) => r.Cancel(body.Reason, checkInAt, scope.Actor, now), ct);
    }

    /// <summary>What cancelling now would cost, for the desk to tell the guest before they decide.</summary>
    public async Task<decimal> ChargeIfCancelledAsync(Reservation reservation, CancellationToken ct) =>
        reservation.ChargeIfCancelled(await CheckInInstantAsync(reservation, ct), clock.GetUtcNow());

    public Task<Reservation> NoShowAsync(Guid id, AccessScope scope, CancellationToken ct) =>
        StepAsync(id, scope, "reservation.no-show", null, (r, now, today) => r.MarkNoShow(today, scope.Actor, now), ct);

    public Task<Reservation> ArriveAsync(Guid id, AccessScope scope, CancellationToken ct) =>
        StepAsync(id, scope, "reservation.arrive", null, (r, now, today) => r.Arrive(scope.Actor, now, today), ct);

    public async Task<Reservation> PayAsync(Guid id, ReservationPaymentBody body, AccessScope scope, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var kind = CreateCaseRequest.ParseEnum<PaymentKind>("kind", body.Kind, errors);
        if (body.Amount is null)
        {
            errors.Add("amount", "Required.");
        }

        errors.ThrowIfAny();
        if (kind == PaymentKind.Refund && !scope.Authority.Covers(AuthorityLevel.Level2) && !scope.IsAdministrator)
        {
            throw new ReservationDeniedException("A refund is decided at level 2 or above.");
        }

        return await StepAsync(id, scope, "reservation.payment", null, (r, now, _) => r.RecordPayment(kind!.Value, body.Amount!.Value, body.Note, scope.Actor, now), ct);
    }

    public async Task<Reservation> CheckInAsync(Guid id, CheckInBody body, AccessScope scope, CancellationToken ct)
    {
        var reservation = await LoadAsync(id, scope, ct);
        var errors = new FieldErrors();
        var documentType = body.DocumentType is null ? null : CreateCaseRequest.ParseEnum<IdentityDocumentType>("documentType", body.DocumentType, errors);
        var number = body.RoomNumber?.Trim();
        var room = string.IsNullOrEmpty(number) ? null
            : await db.Rooms.SingleOrDefaultAsync(r => r.PropertyId == reservation.PropertyId && r.Number == number && r.Active, ct);
        if (room is null)
        {
            errors.Add("roomNumber", string.IsNullOrEmpty(number) ? "Required." : $"No room {number} at this property.");
        }
        else if (room.Status is not (RoomStatus.VacantClean or RoomStatus.Inspected))
        {
            errors.Add("roomNumber", $"Room {room.Number} is {room.Status}: a guest checks in to a clean or inspected room.");
        }

        var reason = body.OverrideReason?.Trim();
        if (reason?.Length > Reservation.ReasonMax)
        {
            errors.Add("overrideReason", $"At most {Reservation.ReasonMax} characters.");
        }

        if (room is not null && !errors.ContainsKey("roomNumber"))
        {
            var guest = await ArrivalAsync(reservation, ct);
            var free = await FreeRoomsAsync(reservation.PropertyId, ct);
            var suggestion = RoomAllocation.Suggest([guest], free)[0].RoomId;
            var type = await db.RoomTypes.AsNoTracking().SingleAsync(t => t.Id == room.TypeId, ct);
            var suits = RoomAllocation.Suits(guest, ToAllocation(room, type));
            if ((!suits || (suggestion is not null && suggestion != room.Id)) && string.IsNullOrEmpty(reason))
            {
                errors.Add("overrideReason", suits
                    ? "Room differs from the suggested room: say why."
                    : "The guest needs an accessible room and this room is not one: say why.");
            }
        }

        errors.ThrowIfAny();
        var saved = await StepAsync(reservation, scope, "reservation.check-in", null, (r, now, today) =>
        {
            r.CheckIn(room!.Id, room.Number, documentType, body.DocumentNumber, body.KeyCards ?? 1, body.ArrivedAt, scope.Actor, now, today);
            room.ChangeStatus(RoomStatus.Occupied, scope.Actor, now, string.IsNullOrEmpty(reason) ? $"入住 {r.Number}" : $"入住 {r.Number}: {reason}");
        }, ct, roomsChanged: true);
        return saved;
    }

    /// <summary>
    /// The guest leaves: the room becomes dirty with its cleaning task; a guest with a profile has the stay added to it
    /// (nights, room charge, the reservation's number) and, when the property has an after-check-out survey and the guest
    /// may be asked, the invitation — mailed once everything is saved.
    /// </summary>
    public async Task<Reservation> CheckOutAsync(Guid id, AccessScope scope, CancellationToken ct)
    {
        var reservation = await LoadAsync(id, scope, ct);
        var room = reservation.RoomId is { } roomId ? await db.Rooms.SingleOrDefaultAsync(r => r.Id == roomId, ct) : null;
        (SurveyInvitation Invitation, Guest Guest)? invited = null;
        var saved = await StepAsync(reservation, scope, "reservation.check-out", null, async (r, now, today) =>
        {
            r.CheckOut(scope.Actor, now, today);
            if (room is { Status: RoomStatus.Occupied })
            {
                room.ChangeStatus(RoomStatus.VacantDirty, scope.Actor, now, $"退房 {r.Number}");
                await cleaning.OpenAsync(room, $"退房 {r.Number}", WorkOrderChannel.Staff, scope, now, ct);
            }

            if (r.GuestId is { } guestId && await db.Guests.SingleOrDefaultAsync(g => g.Id == guestId && g.ErasedAt == null, ct) is { } guest)
            {
                var visit = guest.AddVisit(new GuestVisit(r.PropertyId, VisitKind.Stay, r.Arrival, r.Departure, r.Number, r.RoomCharge, null), now);
                if (await surveys.AfterCheckOutAsync(guest, visit, ct) is { } invitation)
                {
                    invited = (invitation, guest);
                }
            }
        }, ct, roomsChanged: true);
        if (invited is { } sent)
        {
            var template = await db.SurveyTemplates.AsNoTracking().SingleAsync(t => t.Id == sent.Invitation.TemplateId, ct);
            await surveyMail.SendAsync(sent.Invitation, template, sent.Guest, CancellationToken.None);
        }

        return saved;
    }

    /// <summary>Who the night audit acts as: every property, recorded by that name in each reservation's history and the audit log.</summary>
    public static readonly AccessScope NightAudit = new(null, "night audit", AuthorityLevel.None, null, true, new HashSet<Guid>(), true);

    /// <summary>
    /// The night audit's no-shows (seed 003 §2: 未到预订): a confirmed reservation whose arrival day is over where its
    /// property is, and whose guest never came to the desk, becomes a no-show with the no-show charge it was booked on, and
    /// its nights are freed — at most <paramref name="batch"/> a round, oldest arrival first. A reservation a clerk or
    /// another instance changes meanwhile is left to them.
    /// </summary>
    public async Task<int> MarkNoShowsAsync(int batch, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var properties = await db.Properties.AsNoTracking().Select(p => new { p.Id, p.TimeZoneId }).ToListAsync(ct);
        var marked = 0;
        foreach (var property in properties)
        {
            var today = Property.LocalDate(property.TimeZoneId, now);
            var due = await db.Reservations
                .Where(r => r.PropertyId == property.Id && r.Status == ReservationStatus.Confirmed && r.Arrival < today && r.ArrivedAt == null)
                .OrderBy(r => r.Arrival).Select(r => r.Id).Take(batch - marked).ToListAsync(ct);
            foreach (var id in due)
            {
                try
                {
                    await StepAsync(id, NightAudit, "reservation.no-show", null, (r, at, day) => r.MarkNoShow(day, NightAudit.Actor, at), ct);
                    marked++;
                }
                catch (Exception e) when (e is ReservationChangedException or ReservationStateException)
                {
                    db.ChangeTracker.Clear();
                }
            }

            if (marked >= batch)
            {
                break;
            }
        }

        return marked;
    }

    /// <summary>The room suggested for one reservation among the property's free rooms, as the day's allocation would place it.</summary>
    public async Task<AllocationSuggestion> SuggestAsync(Reservation reservation, CancellationToken ct)
    {
        var arrival = await ArrivalAsync(reservation, ct);
        return RoomAllocation.Suggest([arrival], await FreeRoomsAsync(reservation.PropertyId, ct))[0];
    }

    /// <summary>The day's confirmed arrivals without a room, each with its suggested room, and how well the suggestions serve them.</summary>
    public async Task<(IReadOnlyList<(Reservation Reservation, AllocationSuggestion Suggestion)> Rows, AllocationQuality Quality)> AllocateAsync(Guid propertyId,
        DateOnly date, CancellationToken ct)
    {
        var arrivals = await db.Reservations.AsNoTracking()
            .Where(r => r.PropertyId == propertyId && r.Arrival == date && r.Status == ReservationStatus.Confirmed)
            .OrderBy(r => r.Number).ToListAsync(ct);
        var guests = await GuestsOfAsync(arrivals, ct);
        var complainedOfNoise = await ComplainedOfNoiseAsync([.. guests.Keys], ct);
        var wanted = arrivals.Select(r => ToArrival(r, guests.GetValueOrDefault(r.GuestId ?? Guid.Empty), complainedOfNoise)).ToList();
        var suggestions = RoomAllocation.Suggest(wanted, await FreeRoomsAsync(propertyId, ct));
        return ([.. arrivals.Zip(suggestions)], RoomAllocation.Measure(wanted, suggestions));
    }

    /// <summary>The instant the arrival day's rooms are ready at the property (its check-in time in its time zone).</summary>
    public async Task<DateTimeOffset> CheckInInstantAsync(Reservation reservation, CancellationToken ct)
    {
        var (zone, time) = await PropertyClockAsync(reservation.PropertyId, ct);
        var local = reservation.Arrival.ToDateTime(time);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>The property's time zone and check-in time, read once per request.</summary>
    private async Task<(TimeZoneInfo Zone, TimeOnly CheckInTime)> PropertyClockAsync(Guid propertyId, CancellationToken ct)
    {
        if (!_propertyClocks.TryGetValue(propertyId, out var known))
        {
            var zone = await db.Properties.AsNoTracking().Where(p => p.Id == propertyId).Select(p => p.TimeZoneId).SingleAsync(ct);
            var time = await db.FrontOfficeSettings.AsNoTracking().Where(s => s.PropertyId == propertyId).Select(s => (TimeOnly?)s.CheckInTime)
                .SingleOrDefaultAsync(ct) ?? new TimeOnly(14, 0);
            _propertyClocks[propertyId] = known = (CaseWorkflow.FindZone(zone), time);
        }

        return known;
    }

    private async Task<List<AllocationRoom>> FreeRoomsAsync(Guid propertyId, CancellationToken ct)
    {
        var types = await db.RoomTypes.AsNoTracking().Where(t => t.PropertyId == propertyId).ToDictionaryAsync(t => t.Id, ct);
        var rooms = await db.Rooms.AsNoTracking()
            .Where(r => r.PropertyId == propertyId && r.Active
                        && (r.Status == RoomStatus.VacantClean || r.Status == RoomStatus.Inspected || r.Status == RoomStatus.VacantDirty))
            .ToListAsync(ct);
        return [.. rooms.Select(r => ToAllocation(r, types[r.TypeId]))];
    }

    private static AllocationRoom ToAllocation(Room r, RoomType type) =>
        new(r.Id, r.Number, r.Floor, r.TypeId, type.Accessible || !string.IsNullOrWhiteSpace(r.AccessibilityFeatures), r.View,
            r.Status is RoomStatus.VacantClean or RoomStatus.Inspected, r.ConnectingNumber);

    private async Task<AllocationArrival> ArrivalAsync(Reservation reservation, CancellationToken ct)
    {
        var guest = (await GuestsOfAsync([reservation], ct)).GetValueOrDefault(reservation.GuestId ?? Guid.Empty);
        return ToArrival(reservation, guest, guest is null ? new HashSet<Guid>() : await ComplainedOfNoiseAsync([guest.Id], ct));
    }

    /// <summary>
    /// An arrival as allocation sees it: the party is the booker (the guest's profile, else the phone), so the rooms one
    /// booker takes that day are placed together; quiet is wanted when the notes ask for it or the guest once complained of noise.
    /// </summary>
    private static AllocationArrival ToArrival(Reservation r, Guest? guest, IReadOnlySet<Guid> complainedOfNoise) =>
        new(r.Id, r.RoomTypeId, r.NeedsAccessibleRoom, guest?.SpecialNeeds ?? SpecialNeeds.None, guest?.Preferences ?? GuestPreferences.None,
            guest?.Tier ?? LoyaltyTier.None, r.GuestId?.ToString("N") ?? r.Phone,
            RoomAllocation.MentionsNoise(r.Notes) || (guest is not null && complainedOfNoise.Contains(guest.Id)));

    /// <summary>Which of these guests have a case about noise (噪音, 吵, 隔音 in its title or description).</summary>
    private async Task<IReadOnlySet<Guid>> ComplainedOfNoiseAsync(IReadOnlyCollection<Guid> guestIds, CancellationToken ct)
    {
        if (guestIds.Count == 0)
        {
            return new HashSet<Guid>();
        }

        var ids = guestIds.ToList();
        var found = await db.Cases.AsNoTracking()
            .Where(c => c.GuestId != null && ids.Contains(c.GuestId.Value)
                        && (c.Title.Contains("噪音") || c.Title.Contains("吵") || c.Title.Contains("隔音")
                            || c.Description.Contains("噪音") || c.Description.Contains("吵") || c.Description.Contains("隔音")))
            .Select(c => c.GuestId!.Value).Distinct().ToListAsync(ct);
        return found.ToHashSet();
    }

    private async Task<Dictionary<Guid, Guest>> GuestsOfAsync(IReadOnlyList<Reservation> reservations, CancellationToken ct)
    {
        var ids = reservations.Where(r => r.GuestId is not null).Select(r => r.GuestId!.Value).Distinct().ToList();
        return ids.Count == 0 ? [] : await db.Guests.AsNoTracking().Where(g => ids.Contains(g.Id)).ToDictionaryAsync(g => g.Id, ct);
    }

    private async Task<ReservationTerms?> TermsAsync(Guid? propertyId, string? typeCode, string? planCode, DateOnly? arrival, DateOnly? departure, int? adults,
        int? children, decimal? rate, FieldErrors errors, CancellationToken ct, Reservation? current = null)
    {
        RoomType? type = null;
        if (current is not null && string.IsNullOrWhiteSpace(typeCode))
        {
            type = await db.RoomTypes.AsNoTracking().SingleAsync(t => t.Id == current.RoomTypeId, ct);
        }
        else if (string.IsNullOrWhiteSpace(typeCode))
        {
            errors.Add("roomType", "Required: the code of one of the property's room types.");
        }
        else if (propertyId is not null)
        {
            type = await db.RoomTypes.AsNoTracking().SingleOrDefaultAsync(t => t.PropertyId == propertyId && t.Code == typeCode.Trim() && t.Active, ct);
            if (type is null)
            {
                errors.Add("roomType", $"Unknown room type '{typeCode}' at this property.");
            }
        }

        RatePlan? plan = null;
        if (current is not null && string.IsNullOrWhiteSpace(planCode))
        {
            plan = await db.RatePlans.AsNoTracking().SingleAsync(p => p.Id == current.RatePlanId, ct);
        }
        else if (string.IsNullOrWhiteSpace(planCode))
        {
            errors.Add("ratePlan", "Required: the code of one of the property's rate plans.");
        }
        else if (propertyId is not null)
        {
            plan = await db.RatePlans.AsNoTracking().SingleOrDefaultAsync(p => p.PropertyId == propertyId && p.Code == planCode.Trim() && p.Active, ct);
            if (plan is null)
            {
                errors.Add("ratePlan", $"Unknown rate plan '{planCode}' at this property.");
            }
        }

        if (arrival is null)
        {
            errors.Add("arrival", "Required.");
        }

        if (departure is null)
        {
            errors.Add("departure", "Required.");
        }

        if (type is null || plan is null || arrival is null || departure is null)
        {
            return null;
        }

        // A change that keeps the type and plan keeps the agreed rate and terms unless a new rate is given.
        var same = current is not null && current.RoomTypeId == type.Id && current.RatePlanId == plan.Id;
        var nightly = rate ?? (same ? current!.NightlyRate : plan.RateOf(type.Id));
        if (nightly is null)
        {
            errors.Add("ratePlan", $"Rate plan '{plan.Code}' does not sell room type '{type.Code}'.");
            return null;
        }

        return new ReservationTerms(type.Id, plan.Id, new Stay(arrival.Value, departure.Value), adults ?? 1, children ?? 0, nightly.Value,
            same ? current!.Rule : plan.Rule, type.MaxGuests);
    }

    private async Task<ReservationGuest?> GuestAsync(Guid? guestId, string? name, string? phone, string? email, bool? accessible, string? notes,
        string? external, FieldErrors errors, CancellationToken ct)
    {
        if (guestId is { } id && !await db.Guests.AnyAsync(g => g.Id == id && g.ErasedAt == null, ct))
        {
            errors.Add("guestId", "No such guest.");
            return null;
        }

        // Without a profile named, the guest whose phone it is (the desk then sees their history and needs).
        if (guestId is null && sensitive.Hash(SensitiveField.Phone, ContactNormaliser.Normalise(SensitiveField.Phone, phone)) is { } hash)
        {
            guestId = await db.Guests.Where(g => EF.Property<string?>(g, SensitiveColumns.PhoneHash) == hash && g.ErasedAt == null)
                .OrderBy(g => g.Id).Select(g => (Guid?)g.Id).FirstOrDefaultAsync(ct);
        }

        return new ReservationGuest(guestId, name, phone, email, accessible ?? false, notes, external);
    }

    private async Task<Reservation> StepAsync(Guid id, AccessScope scope, string action, int? version, Action<Reservation, DateTimeOffset, DateOnly> step,
        CancellationToken ct) =>
        await StepAsync(await LoadAsync(id, scope, ct), scope, action, version, step, ct);

    private Task<Reservation> StepAsync(Reservation reservation, AccessScope scope, string action, int? version, Action<Reservation, DateTimeOffset, DateOnly> step,
        CancellationToken ct, bool roomsChanged = false) =>
        StepAsync(reservation, scope, action, version, (r, now, today) =>
        {
            step(r, now, today);
            return Task.CompletedTask;
        }, ct, roomsChanged);

    /// <summary>Applies a step and saves it with the nights it frees or takes; a stale version or a concurrent step is a conflict.</summary>
    private async Task<Reservation> StepAsync(Reservation reservation, AccessScope scope, string action, int? version,
        Func<Reservation, DateTimeOffset, DateOnly, Task> step, CancellationToken ct, bool roomsChanged = false)
    {
        RequireStaff(scope);
        if (version is { } v && v != reservation.Version)
        {
            throw new ReservationChangedException();
        }

        var before = Audited(reservation);
        var held = reservation.HeldNights().Select(n => (reservation.RoomTypeId, n)).ToList();
        var now = clock.GetUtcNow();
        var (zone, _) = await PropertyClockAsync(reservation.PropertyId, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await step(reservation, now, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime));
        await SaveAsync(reservation, held, scope, action, before, ct);
        await tx.CommitAsync(ct);
        if (roomsChanged)
        {
            await ClusterPublisher.PublishAsync(db, events, ClusterMessage.RoomsChanged, CancellationToken.None);
        }

        return reservation;
    }

    /// <summary>Moves the nights from what was held to what is held now, audits and saves; inside the caller's transaction when there is one.</summary>
    private async Task SaveAsync(Reservation reservation, IReadOnlyList<(Guid, DateOnly)> held, AccessScope scope, string action, object? before,
        CancellationToken ct, bool added = false)
    {
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            await inventory.MoveAsync(reservation.PropertyId, held, reservation.HeldNights().Select(n => (reservation.RoomTypeId, n)), ct);
            if (added)
            {
                db.Reservations.Add(reservation);
            }

            audit.Append(scope, action, "reservation", reservation.Id.ToString(), before, Audited(reservation));
            await db.SaveChangesAsync(ct);
            if (own is not null)
            {
                await own.CommitAsync(ct);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ReservationChangedException();
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>What the audit keeps of a reservation: no contact or document number in clear.</summary>
    private static object Audited(Reservation r) => new
    {
        r.Number, r.Status, r.RoomTypeId, r.RatePlanId, r.Arrival, r.Departure, r.Adults, r.Children, r.NightlyRate, r.DepositDue, r.CancellationCharge,
        r.RoomNumber, r.Paid, Phone = Masking.Phone(r.Phone), Document = Masking.IdNumber(r.DocumentNumber),
    };

    private static void RequireStaff(AccessScope scope)
    {
        if (scope.StaffId is null && !scope.IsAdministrator)
        {
            throw new ReservationDeniedException("Only staff of the property handle reservations.");
        }
    }
}

/// <summary>No such reservation in the caller's scope (HTTP 404, saying nothing of other properties).</summary>
public sealed class ReservationNotFoundException() : DomainException(DomainErrorKind.NotFound, "No such reservation.");

/// <summary>Someone else changed the reservation since it was read (HTTP 409).</summary>
public sealed class ReservationChangedException() : DomainException(DomainErrorKind.Conflict, "Someone else changed the reservation; reload it.");

public sealed class ReservationDeniedException(string message) : DomainException(DomainErrorKind.Forbidden, message);
