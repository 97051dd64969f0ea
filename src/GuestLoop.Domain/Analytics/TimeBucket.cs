namespace GuestLoop.Domain.Analytics;

/// <summary>One bar of a trend: a local calendar span, held as the UTC instants that bound it.</summary>
public sealed record TimeBucket(string Label, DateOnly FirstDay, DateOnly LastDay, DateTimeOffset Start, DateTimeOffset End);
