namespace GuestLoop.Domain.Sla;

/// <summary>One event of an imported calendar file, reduced to what decides a dated day.</summary>
/// <param name="Start">The local date the event starts.</param>
/// <param name="EndExclusive">The date after its last day (iCalendar's DTEND of an all-day event), or null for one day.</param>
/// <param name="AllDay">Whether the event is a whole day (DTSTART;VALUE=DATE); timed events are not days off.</param>
/// <param name="Markers">CATEGORIES and marking X-property values, e.g. "WORKDAY".</param>
public sealed record ImportedEvent(DateOnly Start, DateOnly? EndExclusive, bool AllDay, string? Summary, IReadOnlyList<string> Markers);

/// <summary>What an import would do to a calendar: days added and changed by kind; days not in the file are kept.</summary>
public sealed record ImportSummary(int HolidaysAdded, int HolidaysChanged, int WorkingDaysAdded, int WorkingDaysChanged, int Unchanged, int EventsSkipped);

/// <summary>
/// Turns the events of a holiday feed into holidays and adjusted working days (调休): every all-day event is a
/// holiday over its dates, unless its summary contains 班 ("调休上班", "补班") or a marker says it is a working day.
/// </summary>
public static class HolidayImport
{
    public const int MaxEventDays = 366;

    private static readonly HashSet<string> WorkingMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "workday", "working day", "working-day", "work-holiday", "alternate-workday", "上班", "补班", "调休上班",
    };

    public static bool IsWorkingDay(ImportedEvent e) =>
        e.Summary?.Contains('班', StringComparison.Ordinal) == true || e.Markers.Any(m => WorkingMarkers.Contains(m.Trim()));

    /// <summary>The dated days of the events, with the errors that make the file unusable (then nothing should be applied).</summary>
    public static (IReadOnlyList<SpecialDay> Days, int Skipped, IReadOnlyList<string> Errors) ToSpecialDays(IEnumerable<ImportedEvent> events)
    {
        var days = new Dictionary<DateOnly, SpecialDay>();
        var errors = new List<string>();
        var skipped = 0;
        foreach (var e in events)
        {
            if (!e.AllDay)
            {
                skipped++;
                continue;
            }

            var last = e.EndExclusive is { } end && end > e.Start ? end.AddDays(-1) : e.Start;
            if (last.DayNumber - e.Start.DayNumber >= MaxEventDays)
            {
                errors.Add($"The event '{e.Summary}' from {e.Start:yyyy-MM-dd} spans more than {MaxEventDays} days.");
                continue;
            }

            var kind = IsWorkingDay(e) ? SpecialDayKind.AdjustedWorkday : SpecialDayKind.Holiday;
            var name = NameOf(e.Summary, kind);
            for (var date = e.Start; date <= last; date = date.AddDays(1))
            {
                if (days.TryGetValue(date, out var earlier) && earlier.Kind != kind)
                {
                    errors.Add($"{date:yyyy-MM-dd} is both a holiday and a working day in the file.");
                    continue;
                }

                days.TryAdd(date, new SpecialDay(date, kind, name));
            }
        }

        return ([.. days.Values.OrderBy(d => d.Date)], skipped, errors);
    }

    /// <summary>Counts what merging <paramref name="imported"/> into <paramref name="existing"/> adds and changes.</summary>
    public static ImportSummary Compare(IEnumerable<SpecialDay> existing, IReadOnlyList<SpecialDay> imported, int skipped)
    {
        var known = existing.ToDictionary(d => d.Date);
        int holidaysAdded = 0, holidaysChanged = 0, workAdded = 0, workChanged = 0, unchanged = 0;
        foreach (var day in imported)
        {
            var holiday = day.Kind == SpecialDayKind.Holiday;
            if (!known.TryGetValue(day.Date, out var before))
            {
                _ = holiday ? holidaysAdded++ : workAdded++;
            }
            else if (before.Kind != day.Kind || before.Name != day.Name)
            {
                _ = holiday ? holidaysChanged++ : workChanged++;
            }
            else
            {
                unchanged++;
            }
        }

        return new ImportSummary(holidaysAdded, holidaysChanged, workAdded, workChanged, unchanged, skipped);
    }

    private static string NameOf(string? summary, SpecialDayKind kind)
    {
        var name = string.IsNullOrWhiteSpace(summary) ? (kind == SpecialDayKind.Holiday ? "假日" : "调休上班") : summary.Trim();
        return name.Length > CalendarValidation.MaxDayNameLength ? name[..CalendarValidation.MaxDayNameLength] : name;
    }
}
