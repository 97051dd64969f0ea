namespace GuestLoop.Web.Features.Compensation;

/// <summary>The periods the ledger is read by: a month, a quarter, or any range of dates (inclusive).</summary>
public static class LedgerPeriod
{
    private static readonly TimeZoneInfo China = Cases.CaseWorkflow.FindZone("Asia/Shanghai");

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, China).DateTime);

    public static (DateOnly From, DateOnly To) ThisMonth(DateTimeOffset now) => Month(Today(now));

    public static (DateOnly From, DateOnly To) Month(DateOnly day)
    {
        var first = new DateOnly(day.Year, day.Month, 1);
        return (first, first.AddMonths(1).AddDays(-1));
    }

    public static (DateOnly From, DateOnly To) Quarter(DateOnly day)
    {
        var first = new DateOnly(day.Year, (day.Month - 1) / 3 * 3 + 1, 1);
        return (first, first.AddMonths(3).AddDays(-1));
    }
}
