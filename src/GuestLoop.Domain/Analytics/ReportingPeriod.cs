namespace GuestLoop.Domain.Analytics;

/// <summary>
/// Local dates from and to (both included) in one time zone, split into day, week (Monday first) or month
/// buckets. The split is done here, in local time, so a month is a month in the property's zone.
/// </summary>
public sealed record ReportingPeriod(DateOnly From, DateOnly To, TimeZoneInfo Zone)
{
    public const int MaxDays = 3 * 366;

    public DateTimeOffset Start => StartOf(From);
    public DateTimeOffset End => StartOf(To.AddDays(1));

    public static ReportingPeriod Quarter(int year, int quarter, TimeZoneInfo zone)
    {
        var first = new DateOnly(year, (quarter - 1) * 3 + 1, 1);
        return new ReportingPeriod(first, first.AddMonths(3).AddDays(-1), zone);
    }

    /// <summary>The granularity that keeps a chart readable: days up to two months, weeks up to half a year, then months.</summary>
    public Granularity Suggested => (To.DayNumber - From.DayNumber) switch
    {
        <= 62 => Granularity.Day,
        <= 190 => Granularity.Week,
        _ => Granularity.Month,
    };

    public IReadOnlyList<TimeBucket> Buckets(Granularity granularity)
    {
        var buckets = new List<TimeBucket>();
        var day = granularity switch
        {
            Granularity.Week => From.AddDays(-(((int)From.DayOfWeek + 6) % 7)),
            Granularity.Month => new DateOnly(From.Year, From.Month, 1),
            _ => From,
        };
        while (day <= To)
        {
            var next = granularity switch
            {
                Granularity.Week => day.AddDays(7),
                Granularity.Month => day.AddMonths(1),
                _ => day.AddDays(1),
            };
            var first = day < From ? From : day;
            var last = next.AddDays(-1) > To ? To : next.AddDays(-1);
            var label = granularity == Granularity.Month ? day.ToString("yyyy-MM") : first.ToString("yyyy-MM-dd");
            buckets.Add(new TimeBucket(label, first, last, StartOf(first), StartOf(last.AddDays(1))));
            day = next;
        }

        return buckets;
    }

    public DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        while (Zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
