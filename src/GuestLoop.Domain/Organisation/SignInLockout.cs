namespace GuestLoop.Domain.Organisation;

/// <summary>
/// When repeated failed sign-ins lock an account and for how long: every <see cref="MaxFailures"/> failures in a row
/// lock it, the first time for <see cref="First"/>, each time after for twice as long, never longer than <see cref="Longest"/>.
/// </summary>
public sealed record SignInLockout(int MaxFailures, TimeSpan First, TimeSpan Longest)
{
    public static readonly SignInLockout Default = new(5, TimeSpan.FromMinutes(5), TimeSpan.FromDays(1));

    /// <summary>Whether the failure that brought the count to <paramref name="failures"/> starts a lockout.</summary>
    public bool Locks(int failures) => failures > 0 && failures % MaxFailures == 0;

    /// <summary>How long the lockout started at <paramref name="failures"/> failures in a row lasts.</summary>
    public TimeSpan Duration(int failures)
    {
        var round = Math.Max(1, failures / MaxFailures);
        var ticks = First.Ticks * Math.Pow(2, Math.Min(round - 1, 30));
        return ticks >= Longest.Ticks ? Longest : TimeSpan.FromTicks((long)ticks);
    }
}
