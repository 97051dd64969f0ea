using GuestLoop.Domain.Cases;

namespace GuestLoop.Web.Features.Cases;

/// <summary>The filters of a case list, shared by the API and the workspace inbox.</summary>
public sealed record CaseFilter(
    CaseStatus? Status = null,
    CaseKind? Kind = null,
    string? PropertyCode = null,
    string? Query = null,
    CaseView View = CaseView.All,
    Guid? PropertyId = null,
    Severity? Severity = null)
{
    public Category? Category { get; init; }
    public Channel? Channel { get; init; }
    public Guid? DepartmentId { get; init; }

    /// <summary>Received at or after this instant.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Received before this instant.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>Reopened at least this many times.</summary>
    public int? MinReopens { get; init; }

    /// <summary>Only complaints whose complainant (same phone or email) complained more than once in the filtered set.</summary>
    public bool RepeatComplainants { get; init; }

    /// <summary>The list order when no search text ranks the matches; newest received first when not given.</summary>
    public CaseSort? Sort { get; init; }

    public bool Descending { get; init; }
}

/// <summary>The saved views of the inbox.</summary>
public enum CaseView
{
    All,
    Mine,
    MyDepartment,
    Overdue,
    /// <summary>Open, not overdue, with a deadline of which less than a fifth is left.</summary>
    AtRisk,
    Unassigned,
    Open,
    Closed,
}
