namespace GuestLoop.Web.Features.Sla;

/// <summary>A working calendar as an administrator edits it: zone and weekly shifts; the dated days are rows of their own.</summary>
public sealed class CalendarRecord
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string TimeZoneId { get; set; }

    /// <summary>Weekly shifts as "Monday 09:00-12:00" lines, one per shift.</summary>
    public List<string> Shifts { get; set; } = [];

    /// <summary>
    /// Whether years after the last published arrangement get the PRC statutory holidays, provisionally; null until the
    /// start-up seeding sets it from the shipped calendar of the same code (false for an administrator's own).
    /// </summary>
    public bool? FollowsStatutoryHolidays { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A holiday or an adjusted working day (调休) of a calendar.</summary>
public sealed class CalendarDayRecord
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string CalendarCode { get; set; }
    public DateOnly Date { get; set; }
    public bool IsWorkingDay { get; set; }
    public required string Name { get; set; }
    public string? Source { get; set; }
}

/// <summary>A deadline policy; its rules are kept as JSON so an enterprise can edit them freely.</summary>
public sealed class PolicyRecord
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string RulesJson { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
