namespace GuestLoop.Web.Features.Analytics;

/// <summary>
/// A stage deadline as both deadline figures read it: whole minutes from its start to when it was met (null while
/// open) and its outcome against the due time at <c>now</c>, so compliance and handling times come from one pass
/// over the deadlines. The instant arithmetic is the one piece written per database (SQLite keeps UTC ticks); on
/// PostgreSQL the seconds are a double, exact to the microsecond at these sizes and far cheaper than numeric.
/// </summary>
public sealed class StageTime
{
    public const int NoDueTime = 0, OnTime = 1, Late = 2, Overdue = 3, Pending = 4;

    public Guid CaseId { get; init; }
    public string Stage { get; init; } = string.Empty;
    public long? Minutes { get; init; }
    public int Outcome { get; init; }

    /// <summary>The query, with <c>{0}</c> the current instant (UTC; ticks on SQLite).</summary>
    public static string Sql(bool postgres) => postgres
        ? $"""SELECT "CaseId", "Stage", CASE WHEN "MetAt" IS NOT NULL THEN CAST(floor(date_part('epoch', "MetAt" - "StartedAt") / 60) AS bigint) END AS "Minutes", {Outcomes} FROM case_deadlines WHERE "DueAt" IS NOT NULL OR "MetAt" IS NOT NULL"""
        : $"""SELECT "CaseId", "Stage", CASE WHEN "MetAt" IS NOT NULL THEN ("MetAt" - "StartedAt") / 600000000 END AS "Minutes", {Outcomes} FROM case_deadlines WHERE "DueAt" IS NOT NULL OR "MetAt" IS NOT NULL""";

    public static object Now(bool postgres, DateTimeOffset now) => postgres ? now.ToUniversalTime() : now.UtcTicks;

    private const string Outcomes = """CASE WHEN "DueAt" IS NULL THEN 0 WHEN "MetAt" IS NOT NULL THEN CASE WHEN "MetAt" <= "DueAt" THEN 1 ELSE 2 END WHEN "DueAt" < {0} THEN 3 ELSE 4 END AS "Outcome" """;
}
