using GuestLoop.Domain.Improvement;

namespace GuestLoop.Web.Features.Analytics.Reports;

public sealed record ReportCaseRow(string Number, DateTimeOffset ReceivedAt, string Property, string Kind, string Channel, string Category, string Severity,
    string Status, string? Department, string Title, int ReopenCount, DateTimeOffset? ClosedAt);

public sealed record ReportActionRow(string Title, string? Property, DateOnly DueOn, ImprovementState State, DateTimeOffset CreatedAt, DateTimeOffset? DoneAt, int Cases);

/// <summary>Everything a quarterly evaluation shows, gathered once and written to both the workbook and the PDF.</summary>
public sealed record QuarterlyFigures(
    string Title, int Year, int Quarter, StatsFilter Filter, VolumesJson Volumes, DeadlinesJson Deadlines, HandlingTimesJson Handling, SatisfactionJson Satisfaction,
    ReopensJson Reopens, CompensationStatsJson Compensation, Surveys.SurveyResultsJson Surveys, IReadOnlyList<ReportActionRow> Actions, IReadOnlyList<ReportCaseRow> Cases,
    WorkOrders.WorkOrderSummary WorkOrders);
