namespace GuestLoop.Domain.Sla;

/// <summary>How a target is counted (DESIGN §4 "Working-time semantics").</summary>
public enum DurationUnit
{
    /// <summary>Close of business on the N-th working day after the local date of the start.</summary>
    WorkingDays,
    /// <summary>N hours of opening time consumed from the start onward.</summary>
    WorkingHours,
    /// <summary>N elapsed wall-clock hours, holidays included.</summary>
    Hours,
    /// <summary>N elapsed wall-clock minutes (service-request targets such as check-in in 30 minutes).</summary>
    Minutes,
}
