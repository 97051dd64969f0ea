namespace GuestLoop.Web.Features.Analytics;

/// <summary>
/// A met stage deadline and the whole minutes from its start to when it was met. The subtraction is the one
/// piece written per database (SQLite keeps instants as UTC ticks); everything around it is composed in LINQ.
/// </summary>
public sealed class MetMinutes
{
    public Guid CaseId { get; init; }
    public string Stage { get; init; } = string.Empty;
    public long Minutes { get; init; }

    public static string Sql(bool postgres) => postgres
        ? """SELECT "CaseId", "Stage", CAST(floor(EXTRACT(EPOCH FROM ("MetAt" - "StartedAt")) / 60) AS bigint) AS "Minutes" FROM case_deadlines WHERE "MetAt" IS NOT NULL"""
        : """SELECT "CaseId", "Stage", ("MetAt" - "StartedAt") / 600000000 AS "Minutes" FROM case_deadlines WHERE "MetAt" IS NOT NULL""";
}
