using System.ComponentModel;

namespace GuestLoop.Web.Features.Analytics;

/// <summary>The period a figure covers, and the labels of its trend buckets.</summary>
public sealed record StatsPeriodJson(DateOnly From, DateOnly To, string Zone, string Granularity, IReadOnlyList<string> Buckets);

/// <summary>One key of a breakdown (a kind, a category …): its total, its count per bucket, and the case list behind it.</summary>
public sealed record SeriesJson(string Key, string? Label, long Total, IReadOnlyList<long> Counts, string Cases);

public sealed record VolumesJson(StatsPeriodJson Period, long Total, IReadOnlyList<long> Counts,
    IReadOnlyList<SeriesJson> ByKind, IReadOnlyList<SeriesJson> ByCategory, IReadOnlyList<SeriesJson> ByChannel,
    IReadOnlyList<SeriesJson> ByProperty, IReadOnlyList<SeriesJson> ByDepartment);

/// <summary>
/// Deadlines of one stage for the cases received in the period: met in time, met late, open past due, open in time. Every
/// ratio of the statistics and supervision endpoints is a fraction from 0 to 1 named <c>…Rate</c> (0.973, not 97.3).
/// </summary>
public sealed record StageComplianceJson(string Stage, long OnTime, long Late, long Overdue, long Pending,
    [property: Description(Ratios.Fraction)] double? OnTimeRate, string LateCases);

/// <summary>The one unit of a ratio in every response.</summary>
public static class Ratios
{
    public const string Fraction = "A fraction from 0 to 1 (0.973 is 97.3 %), rounded to 4 places; null when there is nothing to divide.";

    public static double? Of(long part, long whole) => whole == 0 ? null : Math.Round((double)part / whole, 4);
}

public sealed record DeadlinesJson(StatsPeriodJson Period, IReadOnlyList<StageComplianceJson> Stages);

/// <summary>Elapsed minutes from a stage's start to when it was met (pauses included), over the met deadlines.</summary>
public sealed record StageHandlingJson(string Stage, long Count, long? MedianMinutes, long? P90Minutes);

public sealed record HandlingTimesJson(StatsPeriodJson Period, IReadOnlyList<StageHandlingJson> Stages);

public sealed record SatisfactionPointJson(string Bucket, long Answers, double? Csat, long NpsAnswers, long Promoters, long Detractors, double? Nps);

public sealed record SatisfactionJson(StatsPeriodJson Period, long Answers, double? Csat, long Unsatisfied, double? Nps, IReadOnlyList<SatisfactionPointJson> Trend);

public sealed record ReopensJson(StatsPeriodJson Period, long Cases, long Reopened, long ReopenedTwice,
    [property: Description(Ratios.Fraction)] double? ReopenRate,
    long RepeatComplainants, long RepeatComplaints, IReadOnlyList<long> ReopenedCounts, string ReopenedCases, string ReopenedTwiceCases, string RepeatCases);

public sealed record CompensationTotalJson(string Currency, string State, long Count, decimal Amount);

public sealed record CompensationStatsJson(StatsPeriodJson Period, IReadOnlyList<CompensationTotalJson> Totals);

/// <summary>The whole workspace dashboard: each figure exactly as its own endpoint returns it.</summary>
public sealed record DashboardJson(VolumesJson Volumes, DeadlinesJson Deadlines, HandlingTimesJson HandlingTimes,
    SatisfactionJson Satisfaction, ReopensJson Reopens, CompensationStatsJson Compensation, Surveys.SurveyResultsJson Surveys);
