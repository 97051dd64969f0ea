namespace GuestLoop.Domain.WorkOrders;

/// <summary>
/// Who gets a new work order: among the staff with the type's skill who are rostered at that instant and available, the
/// one holding the fewest open orders; among equals, round robin — the one who got an order longest ago (never first),
/// then the lowest id so the choice is the same on every instance. Nobody fits: no one, and the order waits for the
/// supervisor.
/// </summary>
public static class Dispatch
{
    public static Guid? Choose(RequestType type, IEnumerable<DispatchCandidate> staff, DateTimeOffset now)
    {
        DispatchCandidate? best = null;
        foreach (var s in staff)
        {
            if (!s.Available || !s.Skills.Contains(type.Skill) || !s.Shifts.Any(x => x.Covers(now)))
            {
                continue;
            }

            if (best is null || Before(s, best))
            {
                best = s;
            }
        }

        return best?.StaffId;
    }

    private static bool Before(DispatchCandidate a, DispatchCandidate b)
    {
        if (a.OpenOrders != b.OpenOrders)
        {
            return a.OpenOrders < b.OpenOrders;
        }

        var (x, y) = (a.LastAssignedAt ?? DateTimeOffset.MinValue, b.LastAssignedAt ?? DateTimeOffset.MinValue);
        return x != y ? x < y : a.StaffId.CompareTo(b.StaffId) < 0;
    }
}
