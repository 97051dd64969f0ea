using GuestLoop.Domain.Customers;

namespace GuestLoop.Domain.Reservations;

/// <summary>A room that may be given to one of the day's arrivals; <see cref="ConnectingNumber"/> is the room a door joins it to.</summary>
public sealed record AllocationRoom(Guid Id, string Number, int Floor, Guid TypeId, bool Accessible, string? View, bool Ready, string? ConnectingNumber = null);

/// <summary>
/// An arrival to place: the room type booked, the needs (from the reservation and the guest's profile) and wishes.
/// <see cref="Party"/> joins the rooms one booker takes that day: two are a family, who want connecting rooms; three or
/// more a group. <see cref="NoiseSensitive"/> marks a guest who asked for quiet or once complained of noise.
/// </summary>
public sealed record AllocationArrival(Guid ReservationId, Guid RoomTypeId, bool NeedsAccessibleRoom, SpecialNeeds Needs, GuestPreferences Preferences,
    LoyaltyTier Tier, string? Party = null, bool NoiseSensitive = false)
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
/// room type booked, a room ready now beats one still being cleaned, a family's second room is the one connecting to its
/// first, a guest who wants quiet is kept from the rooms next to a group (and a group from theirs), stated floor and view
/// wishes are met where they can be, and accessible rooms are kept back from guests who do not need them. Greedy and
/// deterministic: the same day gives the same suggestions, and 450 arrivals in 500 rooms take milliseconds.
/// </summary>
public static class RoomAllocation
{
    /// <summary>Words in a guest's notes or past complaints that say they mind noise.</summary>
    private static readonly string[] NoiseWords = ["噪音", "吵", "安静", "隔音", "noise", "noisy", "quiet"];

    /// <summary>Whether a text asks for quiet or complains of noise.</summary>
    public static bool MentionsNoise(string? text) => text is not null && NoiseWords.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>Rooms on one floor whose numbers are at most two apart, or joined by a door: a party in one is heard in the other.</summary>
    public static bool Neighbours(AllocationRoom a, AllocationRoom b) =>
        a.Id != b.Id && (Connects(a, b) || (a.Floor == b.Floor && Digits(a.Number) is { } x && Digits(b.Number) is { } y && Math.Abs(x - y) <= 2));

    private static bool Connects(AllocationRoom a, AllocationRoom b) =>
        string.Equals(a.ConnectingNumber, b.Number, StringComparison.OrdinalIgnoreCase) || string.Equals(b.ConnectingNumber, a.Number, StringComparison.OrdinalIgnoreCase);

    private static int? Digits(string number)
    {
        var digits = new string([.. number.Where(char.IsAsciiDigit)]);
        return digits.Length is > 0 and < 9 ? int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    public static IReadOnlyList<AllocationSuggestion> Suggest(IReadOnlyList<AllocationArrival> arrivals, IReadOnlyList<AllocationRoom> freeRooms)
    {
        var free = freeRooms.GroupBy(r => r.TypeId).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Floor).ThenBy(r => r.Number, StringComparer.Ordinal).ToList());
        var ordered = arrivals
            .Select((a, i) => (Arrival: a, Index: i))
            .OrderByDescending(x => x.Arrival.NeedsAccessible)
            .ThenByDescending(x => x.Arrival.Needs.HasFlag(SpecialNeeds.Elderly))
            .ThenByDescending(x => x.Arrival.Tier)
            .ThenBy(x => x.Index);
        var placed = new Placed(arrivals.Where(a => a.Party is not null).GroupBy(a => a.Party!).ToDictionary(g => g.Key, g => g.Count()));
        var answers = new AllocationSuggestion[arrivals.Count];
        foreach (var (arrival, index) in ordered)
        {
            answers[index] = Place(arrival, free.GetValueOrDefault(arrival.RoomTypeId), placed);
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

    private static AllocationSuggestion Place(AllocationArrival arrival, List<AllocationRoom>? rooms, Placed placed)
    {
        var near = placed.Around(arrival);
        var connecting = near.Party.Count > 0;
        var quiet = arrival.NoiseSensitive && placed.AnyGroup;
        var stated = Wishes(arrival).Count() + (connecting ? 1 : 0) + (quiet ? 1 : 0);
        if (rooms is null || rooms.Count == 0)
        {
            return new AllocationSuggestion(arrival.ReservationId, null, null, !arrival.HasSpecialNeeds, stated, 0, ["no-room-free"]);
        }

        var lowest = rooms.Min(r => r.Floor);
        var highest = rooms.Max(r => r.Floor);
        var best = rooms.MaxBy(r => Score(arrival, r, lowest, highest, near))!;
        rooms.Remove(best);
        var reasons = new List<string>();
        var extra = 0;
        if (near.Joins(best))
        {
            reasons.Add("connecting");
            extra++;
        }

        var conflict = near.Disturbs(best);
        if (conflict)
        {
            reasons.Add("next-to-group");
        }
        else if (quiet)
        {
            reasons.Add("away-from-group");
            extra++;
        }

        placed.Add(arrival, best);
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
        return new AllocationSuggestion(arrival.ReservationId, best.Id, best.Number, needsMet, stated, met + extra, reasons);
    }

    private static int Score(AllocationArrival arrival, AllocationRoom room, int lowest, int highest, Near near)
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
        score += near.Joins(room) ? 2_000 : 0;
        score -= near.Disturbs(room) ? 3_000 : 0;
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

    /// <summary>
    /// The rooms already placed that matter to one arrival: its family's first room (to connect to), and the rooms it
    /// must not be next to (a group's, for a guest who wants quiet; a quiet guest's, for a group). Found once per arrival,
    /// so scoring each free room looks at these few rooms only.
    /// </summary>
    private sealed record Near(IReadOnlyList<AllocationRoom> Party, IReadOnlyList<AllocationRoom> Avoid)
    {
        public bool Joins(AllocationRoom room) => Party.Any(p => Connects(p, room));

        public bool Disturbs(AllocationRoom room) => Avoid.Any(a => Neighbours(a, room));
    }

    /// <summary>The day's placements so far, which the next arrival's family, group and quiet wishes are measured against.</summary>
    private sealed class Placed(IReadOnlyDictionary<string, int> parties)
    {
        private readonly List<(AllocationArrival Arrival, AllocationRoom Room)> _rooms = [];

        public bool AnyGroup => parties.Values.Any(n => n >= 3);

        public Near Around(AllocationArrival a)
        {
            // A family of two rooms wants the second joined to the first.
            var party = PartySize(a) == 2 ? _rooms.Where(x => x.Arrival.Party == a.Party).Select(x => x.Room).ToList() : [];
            var avoid = _rooms.Where(x => x.Arrival.Party != a.Party
                                          && ((a.NoiseSensitive && IsGroup(x.Arrival)) || (IsGroup(a) && x.Arrival.NoiseSensitive)))
                .Select(x => x.Room).ToList();
            return new Near(party, avoid);
        }

        public void Add(AllocationArrival a, AllocationRoom room) => _rooms.Add((a, room));

        private int PartySize(AllocationArrival a) => a.Party is { } p ? parties.GetValueOrDefault(p, 1) : 1;

        private bool IsGroup(AllocationArrival a) => PartySize(a) >= 3;
    }
}
