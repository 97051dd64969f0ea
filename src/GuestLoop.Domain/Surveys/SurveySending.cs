namespace GuestLoop.Domain.Surveys;

public enum SendingDecision
{
    Send,
    /// <summary>The guest has not consented to surveys (or withdrew): never asked.</summary>
    NoConsent,
    /// <summary>The guest was asked fewer than the template's days ago.</summary>
    TooSoon,
}

/// <summary>Whether a guest may be sent a survey now: only with consent, and not more than once per N days.</summary>
public static class SurveySending
{
    public static SendingDecision Decide(bool consented, DateTimeOffset? lastSentToGuest, int minDaysBetween, DateTimeOffset now) =>
        !consented ? SendingDecision.NoConsent
        : lastSentToGuest is { } last && now - last < TimeSpan.FromDays(minDaysBetween) ? SendingDecision.TooSoon
        : SendingDecision.Send;
}
