namespace GuestLoop.Domain.Analytics;

/// <summary>The width of one bar of a trend chart.</summary>
public enum Granularity
{
    Day,
    Week,
    Month,
}
