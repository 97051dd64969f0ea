using System.Globalization;
using GuestLoop.Domain;
using GuestLoop.Domain.Analytics;

namespace GuestLoop.Web.Features.Analytics;

/// <summary>What a statistic is about: a period of local dates, optionally one property and one department.</summary>
public sealed record StatsFilter(ReportingPeriod Period, Granularity Granularity, string? PropertyCode, Guid? DepartmentId)
{
    public const string DefaultZone = "Asia/Shanghai";

    /// <summary>Reads from, to (yyyy-MM-dd, both included), property, department and granularity; defaults to the last 30 days.</summary>
    public static StatsFilter Parse(string? from, string? to, string? property, string? department, string? granularity,
        TimeZoneInfo zone, DateTimeOffset now, FieldErrors errors)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var last = Date("to", to, errors) ?? today;
        var first = Date("from", from, errors) ?? last.AddDays(-29);
        if (first > last)
        {
            errors.Add("from", "'from' is after 'to'.");
        }
        else if (last.DayNumber - first.DayNumber > ReportingPeriod.MaxDays)
        {
            errors.Add("to", $"A period is at most {ReportingPeriod.MaxDays} days.");
        }

        Guid? departmentId = null;
        if (!string.IsNullOrWhiteSpace(department))
        {
            if (Guid.TryParse(department, out var d))
            {
                departmentId = d;
            }
            else
            {
                errors.Add("department", "Not a department id.");
            }
        }

        var period = new ReportingPeriod(first, last, zone);
        Granularity? grain = null;
        if (!string.IsNullOrWhiteSpace(granularity))
        {
            if (Enum.TryParse<Granularity>(granularity, true, out var g) && !int.TryParse(granularity, out _))
            {
                grain = g;
            }
            else
            {
                errors.Add("granularity", "'granularity' is one of day|week|month.");
            }
        }

        return new StatsFilter(period, grain ?? period.Suggested, string.IsNullOrWhiteSpace(property) ? null : property.Trim(), departmentId);
    }

    private static DateOnly? Date(string field, string? value, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(field, $"'{field}' is a date, yyyy-MM-dd.");
        return null;
    }
}
