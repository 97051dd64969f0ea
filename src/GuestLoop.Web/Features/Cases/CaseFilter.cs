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
    Severity? Severity = null,
    Channel? Channel = null);

/// <summary>The saved views of the inbox.</summary>
public enum CaseView
{
    All,
    Mine,
    MyDepartment,
    Overdue,
    Unassigned,
    Open,
    Closed,
}
