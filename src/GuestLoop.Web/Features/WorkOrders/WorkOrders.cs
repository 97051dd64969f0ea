using GuestLoop.Domain;
using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Organisation;
using GuestLoop.Domain.WorkOrders;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Features.Cluster;
using GuestLoop.Web.Features.Customers;
using GuestLoop.Web.Features.Intake;
using GuestLoop.Web.Features.Organisation;
using GuestLoop.Web.Features.Rooms;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.WorkOrders;

/// <summary>
/// Work orders inside the caller's scope: opened from any channel (dispatched at once when someone fits), stepped by the
/// assignee, assigned, verified and cancelled by a supervisor. Every change is audited; two people stepping on one order
/// at the same moment: the second is told it changed and nothing of theirs is saved.
/// </summary>
public sealed class WorkOrders(GuestLoopDbContext db, TimeProvider clock, AuditLog audit, CaseNumbers numbers, WorkOrderDispatch dispatch,
    GuestDirectory guests, ReceiveCase receive, RoomsAfterCleaning cleanedRooms)
{
    public IQueryable<WorkOrder> Visible(AccessScope scope) => db.WorkOrders.InScope(scope, o => o.PropertyId);

    public async Task<IReadOnlyList<WorkOrderJson>> ListAsync(AccessScope scope, WorkOrderFilter filter, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var query = Visible(scope).AsNoTracking();
        if (filter.State is { } state)
        {
            query = query.Where(o => o.State == state);
        }

        if (filter.Mine)
        {
            var me = scope.StaffId ?? Guid.Empty;
            query = query.Where(o => o.AssigneeId == me);
        }

        if (filter.PropertyId is { } property)
        {
            query = query.Where(o => o.PropertyId == property);
        }

        if (filter.CaseId is { } caseId)
        {
            query = query.Where(o => o.CaseId == caseId);
        }

        if (filter.OpenOnly || filter.LateOnly)
        {
            query = query.Where(o => o.State != WorkOrderState.Verified && o.State != WorkOrderState.Cancelled);
        }

        if (filter.LateOnly)
        {
            query = query.Where(o => (o.AcceptedAt == null && o.ResponseDueAt <= now) || (o.CompletedAt == null && o.CompletionDueAt <= now));
        }

        var items = await query.Include(o => o.Timeline).OrderByDescending(o => o.CreatedAt).Take(500).AsSplitQuery().ToListAsync(ct);
        var names = await NamesAsync(items.Select(o => o.AssigneeId), ct);
        return items.OrderBy(o => o.IsClosed).ThenByDescending(o => o.Priority).ThenBy(o => NextDue(o)).ThenBy(o => o.CreatedAt)
            .Select(o => WorkOrderJson.From(o, now, o.AssigneeId is { } a ? names.GetValueOrDefault(a) : null)).ToList();
    }

    /// <summary>The target the order is working towards now: acceptance until someone accepts, then completion.</summary>
    public static DateTimeOffset NextDue(WorkOrder o) => o.AcceptedAt is null ? o.ResponseDueAt : o.CompletionDueAt;

    public async Task<WorkOrder> LoadAsync(Guid id, AccessScope scope, CancellationToken ct) =>
        await Visible(scope).Include(o => o.Timeline).SingleOrDefaultAsync(o => o.Id == id, ct) ?? throw new WorkOrderNotFoundException();

    public async Task<WorkOrderJson> JsonAsync(WorkOrder order, CancellationToken ct)
    {
        var names = await NamesAsync([order.AssigneeId], ct);
        return WorkOrderJson.From(order, clock.GetUtcNow(), order.AssigneeId is { } a ? names.GetValueOrDefault(a) : null);
    }

    public async Task<WorkOrder> OpenAsync(OpenWorkOrderRequest request, AccessScope scope, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var priority = CreateCaseRequest.ParseEnum<WorkOrderPriority>("priority", request.Priority ?? "normal", errors);
        var channel = CreateCaseRequest.ParseEnum<WorkOrderChannel>("channel", request.Channel ?? "staff", errors);
        WorkOrder.CheckText(errors, request.Location, request.Description);
        var property = await PropertyChoice.RequireAsync(db, request.Property, scope, errors, ct);

        RequestTypeRecord? type = null;
        if (string.IsNullOrWhiteSpace(request.Type))
        {
            errors.Add("type", "Required.");
        }
        else if (property is not null)
        {
            type = await ActiveTypeAsync(property.Id, request.Type, ct);
            if (type is null)
            {
                errors.Add("type", $"Unknown request type '{request.Type}' at this property.");
            }
        }

        var specialNeeds = false;
        if (request.GuestId is { } guestId)
        {
            var guest = await guests.Visible(scope).AsNoTracking().SingleOrDefaultAsync(g => g.Id == guestId, ct);
            if (guest is null)
            {
                errors.Add("guestId", "Unknown guest.");
            }
            else
            {
                WorkOrderGuests.Check(guest, errors);
                specialNeeds = guest.SpecialNeeds != Domain.Customers.SpecialNeeds.None;
            }
        }

        if (request.CaseId is { } caseId && !await db.Cases.VisibleTo(scope).AnyAsync(c => c.Id == caseId, ct))
        {
            errors.Add("caseId", "Unknown case.");
        }

        if (request.AssigneeId is { } chosen && property is not null && !await WorksAtAsync(chosen, property.Id, ct))
        {
            errors.Add("assigneeId", "Unknown staff member at this property.");
        }

        errors.ThrowIfAny();
        if (request.AssigneeId is not null)
        {
            WorkOrderAuthority.RequireSupervisor(scope.Authority, scope.IsAdministrator, "choose who gets an order");
        }

        return await SaveNewAsync(property!, type!, request.Location!, request.Description ?? string.Empty, priority!.Value, specialNeeds, channel!.Value,
            request.GuestId, request.CaseId, request.AssigneeId, scope, ct);
    }

    /// <summary>
    /// A guest's own request from the property's request page (a room's or a place's QR code): one of the property's
    /// active types, dispatched as any other order. Null when the property has no such type.
    /// </summary>
    public async Task<WorkOrder?> OpenForGuestAsync(Property property, string typeCode, string location, string description, StoredFile? photo,
        CancellationToken ct)
    {
        var type = await ActiveTypeAsync(property.Id, typeCode, ct);
        if (type is null)
        {
            return null;
        }

        return await SaveNewAsync(property, type, location, description, WorkOrderPriority.Normal, false, WorkOrderChannel.GuestPage, null, null, null,
            AccessScope.Outsider("guest"), ct, photo);
    }

    /// <summary>
    /// A cleaning task the room board opens for a room that became dirty, dispatched as any other order. Saved inside the
    /// caller's transaction when it has one, so the room's change and its order are kept or dropped together.
    /// </summary>
    public Task<WorkOrder> OpenForRoomAsync(Property property, RequestTypeRecord type, string location, string description, WorkOrderChannel channel,
        AccessScope scope, CancellationToken ct) =>
        SaveNewAsync(property, type, location, description, WorkOrderPriority.Normal, false, channel, null, null, null, scope, ct);

    private async Task<WorkOrder> SaveNewAsync(Property property, RequestTypeRecord type, string location, string description, WorkOrderPriority priority,
        bool specialNeeds, WorkOrderChannel channel, Guid? guestId, Guid? caseId, Guid? chosen, AccessScope scope, CancellationToken ct,
        StoredFile? photo = null)
    {
        // Inside the caller's transaction when it has one (a room's change and its cleaning order are kept or dropped together).
        var own = db.Database.CurrentTransaction is null;
        await using var tx = own ? await db.Database.BeginTransactionAsync(ct) : null;
        var order = await AddNewAsync(property, type, location, description, priority, specialNeeds, channel, guestId, caseId, chosen, scope, ct, photo);
        await db.SaveChangesAsync(ct);
        if (tx is null)
        {
            return order;
        }

        await tx.CommitAsync(ct);
        return order;
    }

    /// <summary>
    /// A repair order for a failed inspection item, opened in the caller's transaction and dispatched as any other; the
    /// caller saves, commits and then calls <see cref="AnnounceAsync"/>.
    /// </summary>
    public Task<WorkOrder> AddForInspectionAsync(Property property, RequestTypeRecord type, string location, string description, AccessScope scope,
        CancellationToken ct) =>
        AddNewAsync(property, type, location, description, WorkOrderPriority.High, false, WorkOrderChannel.Inspection, null, null, null, scope, ct);

    private async Task<WorkOrder> AddNewAsync(Property property, RequestTypeRecord type, string location, string description, WorkOrderPriority priority,
        bool specialNeeds, WorkOrderChannel channel, Guid? guestId, Guid? caseId, Guid? chosen, AccessScope scope, CancellationToken ct,
        StoredFile? photo = null)
    {
        var now = clock.GetUtcNow();
        var number = await numbers.NextAsync(property.Code + "-W", property.LocalDate(now), ct);
        var by = scope.StaffId is null ? Actor.Guest(null) : scope.Actor;
        var order = WorkOrder.Open(Guid.NewGuid(), type.ToType(), location, description, priority, specialNeeds, now,
            new WorkOrderOrigin(property.Id, number, channel, guestId, caseId), by);
        if (photo is not null)
        {
            order.AddPhoto(new Photo(PhotoKind.Report, photo.Name, photo.ContentType, photo.Size, photo.Key, photo.Sha256, now, by), by, now);
        }

        if ((chosen ?? await dispatch.ChooseAsync(property.Id, order.Type, now, ct)) is { } assignee)
        {
            order.Assign(assignee, chosen is null ? DispatchActor : scope.Actor, now);
        }

        db.WorkOrders.Add(order);
        audit.Append(scope, "work-order.open", "work-order", order.Id.ToString(), null,
            new { order.Number, Type = order.Type.Code, order.Location, order.Priority, order.Channel, order.AssigneeId });
        return order;
    }

    /// <summary>The name dispatch's assignments carry in the timeline.</summary>
    private static readonly Actor DispatchActor = new(null, "dispatch", AuthorityLevel.None);

    public Task<WorkOrder> AssignAsync(Guid id, WorkOrderAssignBody body, AccessScope scope, CancellationToken ct) =>
        StepAsync(id, scope, "assign", async (o, actor, now) =>
        {
            WorkOrderAuthority.RequireSupervisor(scope.Authority, scope.IsAdministrator, "assign an order");
            if (body.StaffId is not { } staffId || !await WorksAtAsync(staffId, o.PropertyId, ct))
            {
                FieldErrors.For("staffId", "Unknown staff member at this property.").ThrowIfAny();
                return;
            }

            o.Assign(staffId, actor, now, body.Note);
        }, ct);

    public Task<WorkOrder> VerifyAsync(Guid id, WorkOrderVerifyBody body, AccessScope scope, CancellationToken ct) =>
        StepAsync(id, scope, "verify", (o, actor, now) =>
        {
            WorkOrderAuthority.RequireSupervisor(scope.Authority, scope.IsAdministrator, "verify work");
            if (body.Passed is not { } passed)
            {
                FieldErrors.For("passed", "Say whether the work passed.").ThrowIfAny();
                return Task.CompletedTask;
            }

            o.Verify(actor, now, passed, body.Reason);
            return Task.CompletedTask;
        }, ct);

    public Task<WorkOrder> CancelAsync(Guid id, WorkOrderStepBody body, AccessScope scope, CancellationToken ct) =>
        StepAsync(id, scope, "cancel", (o, actor, now) =>
        {
            WorkOrderAuthority.RequireSupervisor(scope.Authority, scope.IsAdministrator, "cancel an order");
            o.Cancel(actor, now, body.Reason ?? string.Empty);
            return Task.CompletedTask;
        }, ct);

    /// <summary>A step of the assignee's own work (accept, start, pause, complete); the domain refuses anyone else.</summary>
    public Task<WorkOrder> WorkAsync(Guid id, string step, AccessScope scope, Action<WorkOrder, Actor, DateTimeOffset> apply, CancellationToken ct) =>
        StepAsync(id, scope, step, (o, actor, now) =>
        {
            apply(o, actor, now);
            return Task.CompletedTask;
        }, ct);

    private async Task<WorkOrder> StepAsync(Guid id, AccessScope scope, string step, Func<WorkOrder, Actor, DateTimeOffset, Task> apply,
        CancellationToken ct)
    {
        var order = await LoadAsync(id, scope, ct);
        var before = new { order.State, order.AssigneeId };
        var now = clock.GetUtcNow();
        await apply(order, scope.Actor, now);
        if (order.State == WorkOrderState.Verified && before.State != WorkOrderState.Verified)
        {
            // A cleaning task the room board opened, done: its room is clean, saved with this step.
            await cleanedRooms.OrderDoneAsync(order, scope, now, ct);
        }

        audit.Append(scope, "work-order." + step, "work-order", order.Id.ToString(), before, new { order.State, order.AssigneeId });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new WorkOrderStepException(before.State, $"{step} (someone else changed the order at the same moment; reload it)");
        }

        return order;
    }

    /// <summary>
    /// Turns the order into a complaint case through the cases' one way in; the order and the case are tied together in
    /// the case's transaction, so a second request for the same order is refused (409) and leaves no second case.
    /// </summary>
    public async Task<(WorkOrder Order, Case Case)> RaiseCaseAsync(Guid id, WorkOrderCaseBody body, AccessScope scope, string? trackingLinkBase,
        CancellationToken ct)
    {
        var order = await LoadAsync(id, scope, ct);
        var contact = string.IsNullOrWhiteSpace(body.Name) && string.IsNullOrWhiteSpace(body.Phone) && string.IsNullOrWhiteSpace(body.Email)
            ? null : new Complainant(Blank(body.Name), Blank(body.Phone), Blank(body.Email));
        var input = WorkOrderCases.Complaint(order, body.Title, body.Description, contact);
        var errors = input.Validate(clock.GetUtcNow());
        errors.ThrowIfAny();
        var property = await db.Properties.AsNoTracking().SingleAsync(p => p.Id == order.PropertyId, ct);
        var received = await receive.ReceiveAsync(new CaseIntake(input, property, scope.Actor)
        {
            FromWorkOrder = order.Id,
            TrackingLinkBase = contact is null ? null : trackingLinkBase,
            Audit = (scope, "work-order.case", new { order.Number }),
        }, ct);
        db.ChangeTracker.Clear();
        return (await LoadAsync(id, scope, ct), received.Case);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Sets whether the caller takes new orders now (a break, off the floor).</summary>
    public async Task SetAvailableAsync(AccessScope scope, bool available, CancellationToken ct)
    {
        var me = scope.StaffId ?? throw new WorkOrderDeniedException("Only staff take work orders.");
        var status = await db.StaffWorkStatus.SingleOrDefaultAsync(s => s.StaffId == me, ct);
        if (status is null)
        {
            status = new StaffWorkStatus { StaffId = me };
            db.StaffWorkStatus.Add(status);
        }

        (status.Available, status.ChangedAt) = (available, clock.GetUtcNow());
        audit.Append(scope, "work-order.availability", "staff", me.ToString(), null, new { available });
        await db.SaveChangesAsync(ct);
    }

    public async Task<bool> IsAvailableAsync(AccessScope scope, CancellationToken ct) =>
        !await db.StaffWorkStatus.AnyAsync(s => s.StaffId == scope.StaffId && !s.Available, ct);

    private async Task<bool> WorksAtAsync(Guid staffId, Guid propertyId, CancellationToken ct) =>
        await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Id == staffId && s.Active, ct) is { } member && member.WorksAt(propertyId);

    /// <summary>The property's request type of that code, if it is offered.</summary>
    private Task<RequestTypeRecord?> ActiveTypeAsync(Guid propertyId, string? code, CancellationToken ct) =>
        db.RequestTypes.AsNoTracking().SingleOrDefaultAsync(t => t.PropertyId == propertyId && t.Code == code && t.Active, ct);

    private async Task<Dictionary<Guid, string>> NamesAsync(IEnumerable<Guid?> ids, CancellationToken ct)
    {
        var wanted = ids.OfType<Guid>().Distinct().ToList();
        return wanted.Count == 0 ? [] : await db.Staff.AsNoTracking().Where(s => wanted.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.DisplayName, ct);
    }
}

/// <summary>No such work order in the caller's scope (HTTP 404, saying nothing of other properties).</summary>
public sealed class WorkOrderNotFoundException() : DomainException(DomainErrorKind.NotFound, "No such work order.");
