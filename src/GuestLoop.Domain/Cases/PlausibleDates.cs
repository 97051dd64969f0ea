namespace GuestLoop.Domain.Cases;

/// <summary>
/// Dates are checked where they enter: nothing happened before 2000 or is received from the future (beyond a small
/// clock skew), and nothing falls due further ahead than anyone plans.
/// </summary>
public static class PlausibleDates
{
    public static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    public const int YearsAhead = 10;

    /// <summary>The error for an instant that has already happened (a receipt, an occurrence, a payment), or null.</summary>
    public static string? Past(DateTimeOffset value, DateTimeOffset now) =>
        value < Earliest ? "Not before 2000."
        : value > now + ClockSkew ? "Not in the future."
        : null;

    /// <summary>The error for a date something falls due on (a due date, an expected reply), or null.</summary>
    public static string? Due(DateOnly value, DateTimeOffset now) =>
        value < DateOnly.FromDateTime(Earliest.UtcDateTime) ? "Not before 2000."
        : value > DateOnly.FromDateTime(now.UtcDateTime).AddYears(YearsAhead) ? $"At most {YearsAhead} years ahead."
        : null;

    /// <summary>The error for a day in a working calendar (a holiday, an adjusted working day), or null.</summary>
    public static string? CalendarDay(DateOnly value) => value.Year is < 2000 or > 2100 ? "A day from 2000 to 2100." : null;
}
