using GuestLoop.Domain.Cases;

namespace GuestLoop.Web.Features.Public;

/// <summary>The steps a guest sees for each kind of case, in order.</summary>
public static class PublicProgress
{
    public static IReadOnlyList<CaseStatus> StepsFor(CaseKind kind) => kind switch
    {
        CaseKind.Complaint =>
        [
            CaseStatus.Received, CaseStatus.Triaged, CaseStatus.Investigating, CaseStatus.PlanApproved,
            CaseStatus.Executing, CaseStatus.Replied, CaseStatus.FollowUp, CaseStatus.Closed,
        ],
        CaseKind.Request => [CaseStatus.Received, CaseStatus.Triaged, CaseStatus.Executing, CaseStatus.Closed],
        CaseKind.Inquiry => [CaseStatus.Received, CaseStatus.Replied, CaseStatus.Closed],
        _ => [CaseStatus.Received, CaseStatus.Triaged, CaseStatus.Replied, CaseStatus.Closed],
    };
}
