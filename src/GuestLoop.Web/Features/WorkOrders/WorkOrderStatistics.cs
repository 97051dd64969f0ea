using GuestLoop.Domain;
using GuestLoop.Domain.Analytics;
using GuestLoop.Domain.Rooms;
using GuestLoop.Domain.WorkOrders;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Rooms;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.WorkOrders;

/// <summary>How groups of work orders perform (minutes to accept and to complete, on-time rates) and where requests keep coming back.</summary>
public sealed class WorkOrderStatistics(GuestLoopDbContext db, WorkOrders orders, TimeProvider clock, RoomOccupancy rooms)
{
    public static readonly string[] Groupings = ["type", "department", "staff"];

    public async Task<IReadOnlyList<WorkOrderFigure>> FiguresAsync(AccessScope scope, Guid? propertyId, DateTimeOffset? from, DateTimeOffset? to,
        string? by, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var (start, end) = Period(from, to, now);
        var grouping = by ?? "type";
        if (!Groupings.Contains(grouping))
        {
            FieldErrors.For("by", "One of type|department|staff.").ThrowIfAny();
        }

        var rows = await Query(scope, propertyId).Where(o => o.CreatedAt >= start && o.CreatedAt < end)
            .Select(o => new
            {
                TypeName = o.Type.Name, o.Type.DepartmentId, o.AssigneeId, o.CreatedAt, o.ResponseDueAt, o.CompletionDueAt, o.AcceptedAt, o.CompletedAt,
                o.State,
            })
            .ToListAsync(ct);
        var names = grouping switch
        {
            "department" => await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct),
            "staff" => await db.Staff.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.DisplayName, ct),
            _ => [],
        };
        return WorkOrderFigures.Of(rows.Select(o => new WorkOrderTimes(
            grouping switch
            {
                "department" => names.GetValueOrDefault(o.DepartmentId, "?"),
                "staff" => o.AssigneeId is { } a ? names.GetValueOrDefault(a, "?") : "—",
                _ => o.TypeName,
            },
            o.CreatedAt, o.ResponseDueAt, o.CompletionDueAt, o.AcceptedAt, o.CompletedAt, o.State == WorkOrderState.Cancelled)), now);
    }

    /// <summary>
    /// The period's orders at a glance, for the dashboard and the quarterly report: the overall figure and one per type
    /// (the busiest first), and how many orders each occupied room-night brought where the property keeps its rooms.
    /// </summary>
    public async Task<WorkOrderSummary> SummaryAsync(AccessScope scope, Guid? propertyId, ReportingPeriod period, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var (from, to) = (period.Start, period.End);
        var rows = await Query(scope, propertyId).Where(o => o.CreatedAt >= from && o.CreatedAt < to)
            .Select(o => new WorkOrderTimes(o.Type.Name, o.CreatedAt, o.ResponseDueAt, o.CompletionDueAt, o.AcceptedAt, o.CompletedAt,
                o.State == WorkOrderState.Cancelled))
            .ToListAsync(ct);
        var overall = WorkOrderFigures.Of(rows.Select(r => r with { Group = string.Empty }), now).SingleOrDefault()
            ?? new WorkOrderFigure(string.Empty, 0, 0, null, null, null, null, null, null);
        var byType = WorkOrderFigures.Of(rows, now).OrderByDescending(f => f.Orders).ThenBy(f => f.Group, StringComparer.Ordinal).ToList();
        // Requests per occupied room-night where the properties keep their rooms (the board's night-audit count).
        int? roomNights = null;
        double? perRoomNight = null;
        if (period.To.DayNumber - period.From.DayNumber < RoomConsumptionLog.MaxDays)
        {
            var code = propertyId is { } id ? await db.Properties.Where(p => p.Id == id).Select(p => p.Code).SingleOrDefaultAsync(ct) : null;
            var occupancy = await rooms.FiguresAsync(scope, code, period.From, period.To, ct);
            if (occupancy.Count > 0)
            {
                roomNights = occupancy.Sum(o => o.OccupiedRoomNights);
                perRoomNight = Occupancy.WorkOrdersPerOccupiedRoomNight(occupancy.Sum(o => o.WorkOrders), roomNights.Value);
            }
        }

        return new WorkOrderSummary(overall, byType, roomNights, perRoomNight);
    }

    /// <summary>Places with <paramref name="threshold"/> or more orders of one type in the last <paramref name="days"/> days.</summary>
    public async Task<IReadOnlyList<RepeatedRequest>> RepeatedAsync(AccessScope scope, Guid? propertyId, int days, int threshold, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (days is < 1 or > 90)
        {
            errors.Add("days", "From 1 to 90 days.");
        }

        if (threshold is < 2 or > 100)
        {
            errors.Add("threshold", "From 2 to 100 orders.");
        }

        errors.ThrowIfAny();
        var now = clock.GetUtcNow();
        var since = now.AddDays(-days);
        var rows = await Query(scope, propertyId).Where(o => o.CreatedAt > since && o.State != WorkOrderState.Cancelled)
            .Select(o => new { o.Location, o.Type.Code, o.CreatedAt }).ToListAsync(ct);
        return RepeatedRequests.Find(rows.Select(r => (r.Location, r.Code, r.CreatedAt)), now, TimeSpan.FromDays(days), threshold);
    }

    private IQueryable<WorkOrder> Query(AccessScope scope, Guid? propertyId)
    {
        var query = orders.Visible(scope).AsNoTracking();
        return propertyId is { } id ? query.Where(o => o.PropertyId == id) : query;
    }

    /// <summary>The period asked for, by default the last 30 days; at most a year.</summary>
    private static (DateTimeOffset From, DateTimeOffset To) Period(DateTimeOffset? from, DateTimeOffset? to, DateTimeOffset now)
    {
        var end = to ?? now;
        var start = from ?? end.AddDays(-30);
        if (end <= start || end - start > TimeSpan.FromDays(366))
        {
            FieldErrors.For("from", "The period ends after it starts and spans at most a year.").ThrowIfAny();
        }

        return (start, end);
    }
}

/// <summary>
/// A period's work orders: the overall figure, one per type, and — where the property keeps its rooms' statuses — the
/// occupied room-nights and the orders per occupied room-night.
/// </summary>
public sealed record WorkOrderSummary(WorkOrderFigure Overall, IReadOnlyList<WorkOrderFigure> ByType, int? OccupiedRoomNights, double? PerOccupiedRoomNight);
