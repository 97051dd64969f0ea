using GuestLoop.Domain.Customers;

namespace GuestLoop.Domain.Reservations;

/// <summary>A room that may be given to one of the day's arrivals.</summary>
public sealed record AllocationRoom(Guid Id, string Number, int Floor, Guid TypeId, bool Accessible, string? View, bool Ready);

/// <summary>An arrival to place: the room type booked, the needs (from the reservation and the guest's profile) and wishes.</summary>
public sealed record AllocationArrival(Guid ReservationId, Guid RoomTypeId, bool NeedsAccessibleRoom, SpecialNeeds Needs, GuestPreferences Preferences,
    LoyaltyTier Tier)
{
    /// <summary>Guests with disabilities need an accessible room; the elderly are placed early and low.</summary>
    public bool NeedsAccessible => NeedsAccessibleRoom || (Needs & (SpecialNeeds.Mobility | SpecialNeeds.Sight | SpecialNeeds.Hearing)) != 0;

    public bool HasSpecialNeeds => NeedsAccessible || Needs.HasFlag(SpecialNeeds.Elderly);
}

/// <summary>The room suggested for an arrival and why; <see cref="RoomId"/> is null when no room of the type is free.</summary>
public sealed record AllocationSuggestion(Guid ReservationId, Guid? RoomId, string? RoomNumber, bool SpecialNeedsMet, int PreferencesStated,
    int PreferencesMet, IReadOnlyList<string> Reasons);

/// <summary>How good a day's suggestions are: the shares the front office is measured on.</summary>
public sealed record AllocationQuality(int SpecialNeedsGuests, int SpecialNeedsPlaced, int PreferencesStated, int PreferencesMet)
{
    public double? SpecialNeedsShare => SpecialNeedsGuests == 0 ? null : (double)SpecialNeedsPlaced / SpecialNeedsGuests;

    public double? PreferencesShare => PreferencesStated == 0 ? null : (double)PreferencesMet / PreferencesStated;
}

/// <summary>
/// Suggests a room for each of the day's arrivals (seed 003 §3: 排房). Guests who need an accessible room are placed first
/// and only in accessible rooms; then the elderly, on low floors; then by loyalty tier; then everyone else. Within the
/// room type booked, a room ready now beats one still being cleaned, stated floor and view wishes are met where they can
/// be, and accessible rooms are kept back from guests who do not need them. Greedy and deterministic: the same day gives
/// the same suggestions, and 450 arrivals in 500 rooms take milliseconds.
/// </summary>
public static class RoomAllocation
{
    public static IReadOnlyList<AllocationSuggestion> Suggest(IReadOnlyList<AllocationArrival> arrivals, IReadOnlyList<AllocationRoom> freeRooms)
    {
        var free = freeRooms.GroupBy(r => r.TypeId).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Floor).ThenBy(r => r.Number, StringComparer.Ordinal).ToList());
        var ordered = arrivals
            .Select((a, i) => (Arrival: a, Index: i))
            .OrderByDescending(x => x.Arrival.NeedsAccessible)
            .ThenByDescending(x => x.Arrival.Needs.HasFlag(SpecialNeeds.Elderly))
            .ThenByDescending(x => x.Arrival.Tier)
            .ThenBy(x => x.Index);
        var answers = new AllocationSuggestion[arrivals.Count];
        foreach (var (arrival, index) in ordered)
        {
            answers[index] = Place(arrival, free.GetValueOrDefault(arrival.RoomTypeId));
        }

        return answers;
    }

    public static AllocationQuality Measure(IReadOnlyList<AllocationArrival> arrivals, IReadOnlyList<AllocationSuggestion> suggestions)
    {
        var byReservation = suggestions.ToDictionary(s => s.ReservationId);
        var needing = arrivals.Where(a => a.HasSpecialNeeds).ToList();
        return new AllocationQuality(needing.Count, needing.Count(a => byReservation[a.ReservationId].SpecialNeedsMet),
            suggestions.Sum(s => s.PreferencesStated), suggestions.Sum(s => s.PreferencesMet));
    }

    /// <summary>Whether a room suits the arrival's needs: accessible for those who need it.</summary>
    public static bool Suits(AllocationArrival arrival, AllocationRoom room) => !arrival.NeedsAccessible || room.Accessible;

    private static AllocationSuggestion Place(AllocationArrival arrival, List<AllocationRoom>? rooms)
    {
        var stated = Wishes(arrival).Count();
        if (rooms is null || rooms.Count == 0)
        {
            return new AllocationSuggestion(arrival.ReservationId, null, null, !arrival.HasSpecialNeeds, stated, 0, ["no-room-free"]);
        }

        var lowest = rooms.Min(r => r.Floor);
        var highest = rooms.Max(r => r.Floor);
        var best = rooms.MaxBy(r => Score(arrival, r, lowest, highest))!;
        rooms.Remove(best);
        var reasons = new List<string>();
        var suits = Suits(arrival, best);
        if (arrival.NeedsAccessible)
        {
            reasons.Add(suits ? "accessible" : "no-accessible-room-free");
        }

        var met = Wishes(arrival).Count(w => w(best, lowest, highest));
        if (arrival.Needs.HasFlag(SpecialNeeds.Elderly) && best.Floor == lowest)
        {
            reasons.Add("elderly-low-floor");
        }

        if (met > 0)
        {
            reasons.Add("preferences");
        }

        if (!best.Ready)
        {
            reasons.Add("not-ready-yet");
        }

        var needsMet = !arrival.HasSpecialNeeds || (suits && (!arrival.Needs.HasFlag(SpecialNeeds.Elderly) || best.Floor == lowest || arrival.NeedsAccessible));
        return new AllocationSuggestion(arrival.ReservationId, best.Id, best.Number, needsMet, stated, met, reasons);
    }

    private static int Score(AllocationArrival arrival, AllocationRoom room, int lowest, int highest)
    {
        var score = 0;
        if (arrival.NeedsAccessible)
        {
            score += room.Accessible ? 10_000 : 0;
        }
        else if (room.Accessible)
        {
            score -= 1_000;
        }

        if (arrival.Needs.HasFlag(SpecialNeeds.Elderly))
        {
            score += 100 * (highest - room.Floor);
        }

        score += 500 * Wishes(arrival).Count(w => w(room, lowest, highest));
        score += room.Ready ? 50 : 0;
        return score;
    }

    /// <summary>The guest's stated wishes that a room can meet, each a test of the room.</summary>
    private static IEnumerable<Func<AllocationRoom, int, int, bool>> Wishes(AllocationArrival arrival)
    {
        var floor = arrival.Preferences.Floor?.Trim();
        if (!string.IsNullOrEmpty(floor))
        {
            if (int.TryParse(floor.TrimEnd('层', 'F', 'f'), out var wanted))
            {
                yield return (room, _, _) => room.Floor == wanted;
            }
            else if (IsAny(floor, "高", "high", "top"))
            {
                yield return (room, low, high) => room.Floor > (low + high) / 2.0;
            }
            else if (IsAny(floor, "低", "low"))
            {
                yield return (room, low, high) => room.Floor <= (low + high) / 2.0;
            }
        }

        var view = arrival.Preferences.View?.Trim();
        if (!string.IsNullOrEmpty(view))
        {
            yield return (room, _, _) => room.View is { } v && (v.Contains(view, StringComparison.OrdinalIgnoreCase) || view.Contains(v, StringComparison.OrdinalIgnoreCase));
        }
    }

    private static bool IsAny(string text, params string[] words) => words.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
}
