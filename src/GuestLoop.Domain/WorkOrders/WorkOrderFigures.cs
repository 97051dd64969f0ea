using GuestLoop.Domain.Analytics;

namespace GuestLoop.Domain.WorkOrders;

/// <summary>What the figures read of one work order: its group (a type, a department or a staff member) and its times.</summary>
public sealed record WorkOrderTimes(string Group, DateTimeOffset CreatedAt, DateTimeOffset ResponseDueAt, DateTimeOffset CompletionDueAt,
    DateTimeOffset? AcceptedAt, DateTimeOffset? CompletedAt, bool Cancelled);

/// <summary>
/// One group's figures: orders, the done ones, median and 90th-percentile minutes to accept and to complete, and the
/// on-time rates (a share of the orders whose target has passed or been met; an order still running within its target
/// is not counted yet). Cancelled orders count in <see cref="Orders"/> only.
/// </summary>
public sealed record WorkOrderFigure(string Group, int Orders, int Done, double? MedianResponseMinutes, double? P90ResponseMinutes,
    double? MedianCompletionMinutes, double? P90CompletionMinutes, double? ResponseOnTimeRate, double? CompletionOnTimeRate);

public static class WorkOrderFigures
{
    public static IReadOnlyList<WorkOrderFigure> Of(IEnumerable<WorkOrderTimes> orders, DateTimeOffset now) =>
        orders.GroupBy(o => o.Group, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Figure(g.Key, [.. g], now)).ToList();

    private static WorkOrderFigure Figure(string group, List<WorkOrderTimes> all, DateTimeOffset now)
    {
        var live = all.Where(o => !o.Cancelled).ToList();
        var response = live.Where(o => o.AcceptedAt is not null).Select(o => (o.AcceptedAt!.Value - o.CreatedAt).TotalMinutes).Order().ToList();
        var completion = live.Where(o => o.CompletedAt is not null).Select(o => (o.CompletedAt!.Value - o.CreatedAt).TotalMinutes).Order().ToList();
        return new WorkOrderFigure(group, all.Count, completion.Count, Percentiles.FromSorted(response, 50), Percentiles.FromSorted(response, 90),
            Percentiles.FromSorted(completion, 50), Percentiles.FromSorted(completion, 90),
            OnTime(live, o => o.AcceptedAt, o => o.ResponseDueAt, now), OnTime(live, o => o.CompletedAt, o => o.CompletionDueAt, now));
    }

    /// <summary>The share met in time among the orders that were met, or whose target has passed unmet.</summary>
    private static double? OnTime(List<WorkOrderTimes> orders, Func<WorkOrderTimes, DateTimeOffset?> met, Func<WorkOrderTimes, DateTimeOffset> due,
        DateTimeOffset now)
    {
        var decided = orders.Where(o => met(o) is not null || due(o) <= now).ToList();
        return decided.Count == 0 ? null : (double)decided.Count(o => met(o) is { } at && at <= due(o)) / decided.Count;
    }
}
