namespace GuestLoop.Domain.Cases;

/// <summary>
/// The channel a staff member records cases on most, where the new-case form starts: among their latest recordings the
/// channel used most often, a tie going to the one used last. Without recordings, the phone for the person answering a
/// property's phone line, the desk for everyone else.
/// </summary>
public static class UsualChannel
{
    /// <summary>How many of a person's latest recordings count, and how far back.</summary>
    public const int Latest = 200;

    public static readonly TimeSpan Window = TimeSpan.FromDays(90);

    public static Channel Of(IEnumerable<(Channel Channel, DateTimeOffset At)> recorded, bool answersPhoneLine)
    {
        var usual = recorded.GroupBy(r => r.Channel)
            .Select(g => (Channel: g.Key, Count: g.Count(), Last: g.Max(r => r.At)))
            .OrderByDescending(x => x.Count).ThenByDescending(x => x.Last)
            .Select(x => (Channel?)x.Channel)
            .FirstOrDefault();
        return usual ?? (answersPhoneLine ? Channel.Phone : Channel.Onsite);
    }
}
