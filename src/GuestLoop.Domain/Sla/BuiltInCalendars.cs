using System.Collections.Frozen;
using System.Text.Json;

namespace GuestLoop.Domain.Sla;

/// <summary>
/// The calendars shipped as data files (Sla/Data/*.json, embedded): <c>cn</c> with every PRC statutory holiday
/// and adjusted working day from 2020 as announced by the State Council General Office, a seven-day scenic-area
/// calendar and a Paris office calendar with daylight saving. An administrator extends them in the database.
/// </summary>
public static class BuiltInCalendars
{
    public const string China = "cn";

    /// <summary>Open every minute of every day: the duty calendar of a front desk or a night manager.</summary>
    public const string RoundTheClock = "24x7";

    private static readonly Lazy<FrozenDictionary<string, (CalendarDefinition Definition, IReadOnlyDictionary<int, string> Sources)>> Loaded =
        new(Load);

    public static IReadOnlyList<CalendarDefinition> All() => [.. Loaded.Value.Values.Select(v => v.Definition).OrderBy(d => d.Code)];

    public static CalendarDefinition Get(string code) => Loaded.Value[code].Definition;

    /// <summary>The announcement a year's dates of a shipped calendar come from, or null.</summary>
    public static string? SourceOf(string code, int year) =>
        Loaded.Value.TryGetValue(code, out var entry) && entry.Sources.TryGetValue(year, out var source) ? source : null;

    private static FrozenDictionary<string, (CalendarDefinition, IReadOnlyDictionary<int, string>)> Load()
    {
        var assembly = typeof(BuiltInCalendars).Assembly;
        var result = new Dictionary<string, (CalendarDefinition, IReadOnlyDictionary<int, string>)>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.Contains(".Sla.Data.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var file = JsonSerializer.Deserialize<CalendarFile>(stream, JsonSerializerOptions.Web)
                ?? throw new InvalidDataException($"Calendar data {name} is empty.");
            var definition = Parse(file);
            result[definition.Code] = (definition, file.Sources.ToDictionary(s => int.Parse(s.Key, System.Globalization.CultureInfo.InvariantCulture), s => s.Value));
        }

        return result.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Reads the calendar file format: holiday periods as "from/to" ranges or single dates, with their make-up working days.</summary>
    public static CalendarDefinition Parse(CalendarFile file)
    {
        var days = new List<SpecialDay>();
        foreach (var holiday in file.Holidays)
        {
            var range = holiday.Off.Split('/');
            var first = DateOnly.ParseExact(range[0], "yyyy-MM-dd");
            var last = range.Length > 1 ? DateOnly.ParseExact(range[1], "yyyy-MM-dd") : first;
            for (var date = first; date <= last; date = date.AddDays(1))
            {
                days.Add(new SpecialDay(date, SpecialDayKind.Holiday, holiday.Name));
            }

            days.AddRange(holiday.Work.Select(w => new SpecialDay(DateOnly.ParseExact(w, "yyyy-MM-dd"), SpecialDayKind.AdjustedWorkday, holiday.Name + "调休上班")));
        }

        return new CalendarDefinition(file.Code, file.Name, file.TimeZone, [.. file.Shifts.Select(WeeklyShift.Parse)], days)
        {
            FollowsStatutoryHolidays = file.FollowsStatutoryHolidays,
        };
    }

    public sealed record CalendarFile(string Code, string Name, string TimeZone, List<string> Shifts,
        Dictionary<string, string> Sources, List<HolidayPeriod> Holidays, bool FollowsStatutoryHolidays = false);

    public sealed record HolidayPeriod(int Year, string Name, string Off, List<string> Work);
}
