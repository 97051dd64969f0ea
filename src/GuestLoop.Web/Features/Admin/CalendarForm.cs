using GuestLoop.Domain;
using GuestLoop.Domain.Sla;

namespace GuestLoop.Web.Features.Admin;

/// <summary>The calendar editor's working copy; row order is kept so that validation errors point at the right row.</summary>
public sealed class CalendarForm
{
    public bool IsNew { get; init; }
    public string Code { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public string TimeZone { get; set; } = "Asia/Shanghai";
    public bool FollowsStatutoryHolidays { get; set; }
    public List<ShiftRow> Shifts { get; } = [];
    public List<DayRow> Days { get; } = [];

    public static CalendarForm New() => new()
    {
        IsNew = true,
        Shifts =
        {
            new ShiftRow(DayOfWeek.Monday, new TimeSpan(9, 0, 0), new TimeSpan(18, 0, 0)),
            new ShiftRow(DayOfWeek.Tuesday, new TimeSpan(9, 0, 0), new TimeSpan(18, 0, 0)),
            new ShiftRow(DayOfWeek.Wednesday, new TimeSpan(9, 0, 0), new TimeSpan(18, 0, 0)),
            new ShiftRow(DayOfWeek.Thursday, new TimeSpan(9, 0, 0), new TimeSpan(18, 0, 0)),
            new ShiftRow(DayOfWeek.Friday, new TimeSpan(9, 0, 0), new TimeSpan(18, 0, 0)),
        },
    };

    public static CalendarForm From(CalendarDefinition d)
    {
        var form = new CalendarForm { Code = d.Code, Name = d.Name, TimeZone = d.TimeZoneId, FollowsStatutoryHolidays = d.FollowsStatutoryHolidays };
        form.Shifts.AddRange(d.Shifts.OrderBy(s => ((int)s.Day + 6) % 7).ThenBy(s => s.Start)
            .Select(s => new ShiftRow(s.Day, s.Start.ToTimeSpan(), s.End.ToTimeSpan())));
        form.Days.AddRange(d.SpecialDays.OrderBy(s => s.Date)
            .Select(s => new DayRow(s.Date.ToDateTime(TimeOnly.MinValue), s.Kind == SpecialDayKind.AdjustedWorkday, s.Name)));
        return form;
    }

    /// <summary>The definition to validate and save; an incomplete row becomes an invalid entry at the same index.</summary>
    public CalendarDefinition ToDefinition() => new(Code.Trim(), Name.Trim(), TimeZone.Trim(),
        [.. Shifts.Select(s => new WeeklyShift(s.Day, TimeOnly.FromTimeSpan(s.Start ?? TimeSpan.Zero), TimeOnly.FromTimeSpan(s.End ?? TimeSpan.Zero)))],
        [.. Days.Select(d => new SpecialDay(DateOnly.FromDateTime(d.Date ?? DateTime.MinValue),
            d.Working ? SpecialDayKind.AdjustedWorkday : SpecialDayKind.Holiday, d.Name.Trim()))])
    {
        FollowsStatutoryHolidays = FollowsStatutoryHolidays,
    };

    /// <summary>Rows without a date, reported as the validation of a saved calendar would report them.</summary>
    public FieldErrors MissingDates()
    {
        var errors = new FieldErrors();
        foreach (var (_, i) in Days.Select((d, i) => (d, i)).Where(x => x.d.Date is null))
        {
            errors.Add($"days[{i}].date", "required");
        }

        return errors;
    }

    public IEnumerable<int> Years() => Days.Where(d => d.Date is not null).Select(d => d.Date!.Value.Year)
        .Append(DateTime.Today.Year).Append(DateTime.Today.Year + 1).Distinct().Order();
}

public sealed class ShiftRow(DayOfWeek day, TimeSpan? start, TimeSpan? end)
{
    public DayOfWeek Day { get; set; } = day;
    public TimeSpan? Start { get; set; } = start;
    public TimeSpan? End { get; set; } = end;
}

public sealed class DayRow(DateTime? date, bool working, string name)
{
    public DateTime? Date { get; set; } = date;
    public bool Working { get; set; } = working;
    public string Name { get; set; } = name;
}
