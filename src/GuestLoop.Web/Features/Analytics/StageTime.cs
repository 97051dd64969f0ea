namespace GuestLoop.Web.Features.Analytics;

/// <summary>
/// A stage deadline as both deadline figures read it: whole minutes from its start to when it was met (null while
/// open) and its outcome against the due time at <c>now</c>, so compliance and handling times come from one pass
/// over the deadlines. The instant arithmetic is the one piece written per database (SQLite keeps UTC ticks); on
/// PostgreSQL the seconds are a double, exact to the microsecond at these sizes and far cheaper than numeric.
/// The period is read from the row's own copy of its case's receipt instant, so no case row is read unless a filter
/// needs one.
/// </summary>
public sealed class StageTime
{
    public const int NoDueTime = 0, OnTime = 1, Late = 2, Overdue = 3, Pending = 4;

    public Guid CaseId { get; init; }
    public Guid PropertyId { get; init; }
    public string Stage { get; init; } = string.Empty;
    public long? Minutes { get; init; }
    public int Outcome { get; init; }

    /// <summary>
    /// The query, with <c>{0}</c> the current instant and <c>{1}</c>, <c>{2}</c> the period of receipt (all as
    /// <see cref="Instant"/> gives them).
    /// </summary>
    public static string Sql(bool postgres) => postgres
        ? $"""SELECT "CaseId", "PropertyId", "Stage", CASE WHEN "MetAt" IS NOT NULL THEN CAST(floor(date_part('epoch', "MetAt" - "StartedAt") / 60) AS bigint) END AS "Minutes", {Outcomes} FROM case_deadlines WHERE {Filter}"""
        : $"""SELECT "CaseId", "PropertyId", "Stage", CASE WHEN "MetAt" IS NOT NULL THEN ("MetAt" - "StartedAt") / 600000000 END AS "Minutes", {Outcomes} FROM case_deadlines WHERE {Filter}""";

    /// <summary>An instant as the raw query compares it: UTC on PostgreSQL, UTC ticks on SQLite.</summary>
    public static object Instant(bool postgres, DateTimeOffset at) => postgres ? at.ToUniversalTime() : at.UtcTicks;

    private const string Filter = """("DueAt" IS NOT NULL OR "MetAt" IS NOT NULL) AND "CaseReceivedAt" >= {1} AND "CaseReceivedAt" < {2}""";

    private const string Outcomes = """CASE WHEN "DueAt" IS NULL THEN 0 WHEN "MetAt" IS NOT NULL THEN CASE WHEN "MetAt" <= "DueAt" THEN 1 ELSE 2 END WHEN "DueAt" < {0} THEN 3 ELSE 4 END AS "Outcome" """;
}
