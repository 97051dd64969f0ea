namespace GuestLoop.Domain.WorkOrders;

/// <summary>A place (a room, an asset) with as many orders of one type in the window as the threshold: a sign of a fault that keeps coming back.</summary>
public sealed record RepeatedRequest(string Location, string TypeCode, int Orders, DateTimeOffset First, DateTimeOffset Last);

/// <summary>
/// Repeated requests about the same room or asset, for the early warning: <c>threshold</c> or more orders of one type at
/// one place within the window before <c>now</c>. Places are compared as written, ignoring case and surrounding spaces.
/// </summary>
public static class RepeatedRequests
{
    public static IReadOnlyList<RepeatedRequest> Find(IEnumerable<(string Location, string TypeCode, DateTimeOffset CreatedAt)> orders, DateTimeOffset now,
        TimeSpan window, int threshold)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 2);
        var from = now - window;
        return orders.Where(o => o.CreatedAt > from && o.CreatedAt <= now)
            .GroupBy(o => (Location: o.Location.Trim().ToUpperInvariant(), o.TypeCode))
            .Where(g => g.Count() >= threshold)
            .Select(g => new RepeatedRequest(g.First().Location.Trim(), g.Key.TypeCode, g.Count(), g.Min(o => o.CreatedAt), g.Max(o => o.CreatedAt)))
            .OrderByDescending(r => r.Orders).ThenBy(r => r.Location, StringComparer.Ordinal).ToList();
    }
}
