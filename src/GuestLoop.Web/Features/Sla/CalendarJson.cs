using System.Globalization;
using GuestLoop.Domain;
using GuestLoop.Domain.Sla;

namespace GuestLoop.Web.Features.Sla;

/// <summary>A calendar as the API shows it and as the audit log records it.</summary>
/// <param name="LastPublishedYear">For a calendar that follows the statutory holidays, the last year of published dates; later years are computed.</param>
public sealed record CalendarJson(string Code, string Name, string TimeZone, IReadOnlyList<string> Shifts, IReadOnlyList<DatedDayJson> Days,
    bool FollowsStatutoryHolidays = false, int? LastPublishedYear = null)
{
    public static CalendarJson From(CalendarDefinition d) => new(d.Code, d.Name, d.TimeZoneId,
        [.. d.Shifts.Select(s => s.ToString())],
        [.. d.SpecialDays.OrderBy(x => x.Date).Select(x => new DatedDayJson(x.Date, x.Kind == SpecialDayKind.AdjustedWorkday, x.Name))],
        d.FollowsStatutoryHolidays, d.FollowsStatutoryHolidays ? d.LastPublishedYear : null);
}

public sealed record DatedDayJson(DateOnly Date, bool Working, string Name);

public sealed record CalendarListItemJson(string Code, string Name, string TimeZone, int Days, DateTimeOffset UpdatedAt);

/// <summary>The body of PUT /calendars/{code}; every field is read leniently so that each problem becomes a field error.</summary>
/// <param name="FollowsStatutoryHolidays">Left out: the calendar keeps what it had (false for a new one).</param>
public sealed record CalendarBody(string? Name, string? TimeZone, List<string?>? Shifts, List<CalendarDayBody?>? Days,
    bool? FollowsStatutoryHolidays = null)
{
    /// <summary>The calendar to save; null when a field is wrong (its problem is in <paramref name="errors"/>).</summary>
    public CalendarDefinition? ToDefinition(string code, FieldErrors errors)
    {
        // The PUT replaces both lists: a missing or misspelt one is refused, never read as "none".
        if (Shifts is null)
        {
            errors.Add("shifts", "The shifts are required.");
        }

        if (Days is null)
        {
            errors.Add("days", "The days are required; send [] for a calendar without holidays.");
        }

        var shifts = new List<WeeklyShift>();
        var shiftIndex = new List<int>();
        for (var i = 0; i < (Shifts?.Count ?? 0); i++)
        {
            try
            {
                shifts.Add(WeeklyShift.Parse(Shifts![i] ?? string.Empty));
                shiftIndex.Add(i);
            }
            catch (FormatException e)
            {
                errors.Add($"shifts[{i}]", e.Message);
            }
        }

        var days = new List<SpecialDay>();
        var dayIndex = new List<int>();
        for (var i = 0; i < (Days?.Count ?? 0); i++)
        {
            var day = Days![i];
            if (day is null || !DateOnly.TryParseExact(day.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                errors.Add($"days[{i}].date", "A date as yyyy-MM-dd is required.");
                continue;
            }

            days.Add(new SpecialDay(date, day.Working == true ? SpecialDayKind.AdjustedWorkday : SpecialDayKind.Holiday, day.Name?.Trim() ?? string.Empty));
            dayIndex.Add(i);
        }

        var definition = new CalendarDefinition(code, Name?.Trim() ?? string.Empty, TimeZone?.Trim() ?? string.Empty, shifts, days);
        foreach (var (field, message) in definition.Validate())
        {
            // Validation counts only the entries that parsed; report the index the caller sent.
            errors.TryAdd(BodyIndex(BodyIndex(field, "shifts", shiftIndex), "days", dayIndex), message);
        }

        if (Shifts is null || Shifts.Count == 0)
        {
            errors.Add("shifts", "At least one weekly shift is required, e.g. \"Monday 09:00-18:00\".");
        }

        return errors.Any ? null : definition;
    }

    private static string BodyIndex(string field, string list, List<int> indexes)
    {
        var prefix = list + "[";
        if (!field.StartsWith(prefix, StringComparison.Ordinal))
        {
            return field;
        }

        var close = field.IndexOf(']', StringComparison.Ordinal);
        var parsed = int.Parse(field[prefix.Length..close], CultureInfo.InvariantCulture);
        return $"{prefix}{indexes[parsed]}{field[close..]}";
    }
}

public sealed record CalendarDayBody(string? Date, bool? Working, string? Name);
