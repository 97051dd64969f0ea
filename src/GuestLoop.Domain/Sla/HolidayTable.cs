using System.Globalization;

namespace GuestLoop.Domain.Sla;

/// <summary>
/// The State Council's notice typed as a table, a line a period: <c>2027-01-01..2027-01-03 休</c>, <c>2027-02-07 班</c>,
/// optionally followed by a name (<c>2027-02-05..2027-02-11 休 春节</c>). Blank lines and lines from <c>#</c> are ignored.
/// A holiday without a name takes that of the statutory holiday it contains.
/// </summary>
public static class HolidayTable
{
    public const int MaxLines = 200;

    private static readonly string[] RangeSeparators = ["..", "至", "~", "/"];
    private static readonly HashSet<string> Off = new(StringComparer.OrdinalIgnoreCase) { "休", "放假", "假", "off", "holiday" };
    private static readonly HashSet<string> Work = new(StringComparer.OrdinalIgnoreCase) { "班", "上班", "补班", "work", "workday" };

    /// <summary>The days of the table, and each bad line's problem by its 1-based line number (then nothing should be applied).</summary>
    public static (IReadOnlyList<SpecialDay> Days, IReadOnlyList<(int Line, string Error)> Errors) Parse(string text)
    {
        var days = new SortedDictionary<DateOnly, SpecialDay>();
        var errors = new List<(int, string)>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        if (lines.Length > MaxLines)
        {
            return ([], [(MaxLines + 1, $"A table may have at most {MaxLines} lines.")]);
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (ParseLine(line, out var error) is not { } period)
            {
                errors.Add((i + 1, error));
                continue;
            }

            for (var date = period.First; date <= period.Last; date = date.AddDays(1))
            {
                if (days.TryGetValue(date, out var earlier) && earlier.Kind != period.Kind)
                {
                    errors.Add((i + 1, $"{date:yyyy-MM-dd} is both a holiday and a working day in the table."));
                    break;
                }

                days[date] = new SpecialDay(date, period.Kind, period.Name);
            }
        }

        if (days.Count == 0 && errors.Count == 0)
        {
            errors.Add((1, "The table has no lines; type one per period, e.g. '2027-01-01..2027-01-03 休' or '2027-02-07 班'."));
        }

        return ([.. days.Values], errors);
    }

    private sealed record Period(DateOnly First, DateOnly Last, SpecialDayKind Kind, string Name);

    private static Period? ParseLine(string line, out string error)
    {
        error = string.Empty;
        var parts = line.Split([' ', '\t', '　'], 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
        {
            error = $"'{line}' needs a date or a range and 休 or 班, e.g. '2027-01-01..2027-01-03 休'.";
            return null;
        }

        var range = parts[0].Split(RangeSeparators, StringSplitOptions.None);
        if (range.Length > 2 || !TryDate(range[0], out var first) || !TryDate(range[^1], out var last))
        {
            error = $"'{parts[0]}' is not a date (yyyy-MM-dd) or a range of dates (yyyy-MM-dd..yyyy-MM-dd).";
            return null;
        }

        if (last < first || last.DayNumber - first.DayNumber >= 31)
        {
            error = $"'{parts[0]}' must end on or after its first day and span at most 31 days.";
            return null;
        }

        var working = Work.Contains(parts[1]);
        if (!working && !Off.Contains(parts[1]))
        {
            error = $"'{parts[1]}' must be 休 (a day off) or 班 (an adjusted working day).";
            return null;
        }

        var name = parts.Length > 2 ? parts[2].Trim() : working ? "调休上班" : StatutoryName(first, last);
        if (name.Length > CalendarValidation.MaxDayNameLength)
        {
            error = $"The name may have at most {CalendarValidation.MaxDayNameLength} characters.";
            return null;
        }

        return new Period(first, last, working ? SpecialDayKind.AdjustedWorkday : SpecialDayKind.Holiday, name);
    }

    private static string StatutoryName(DateOnly first, DateOnly last) =>
        first.Year is < 1902 or > 2100 ? "假日"
            : StatutoryHolidays.Of(first.Year).FirstOrDefault(d => d.Date >= first && d.Date <= last)?.Name ?? "假日";

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
