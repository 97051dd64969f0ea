using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Tests.Cases;

public class CaseLifecycleTests
{
    public static TheoryData<CaseKind, CaseAction[], CaseStatus> Paths => new()
    {
        { CaseKind.Complaint, CaseBuilder.ComplaintPath, CaseStatus.Closed },
        { CaseKind.Suggestion, [CaseAction.Triage, CaseAction.Reply, CaseAction.Close], CaseStatus.Closed },
        { CaseKind.Praise, [CaseAction.Triage, CaseAction.Close], CaseStatus.Closed },
        { CaseKind.Praise, [CaseAction.Triage, CaseAction.Reply, CaseAction.Close], CaseStatus.Closed },
        { CaseKind.Request, [CaseAction.Triage, CaseAction.StartExecution, CaseAction.Close], CaseStatus.Closed },
        { CaseKind.Inquiry, [CaseAction.Reply, CaseAction.Close], CaseStatus.Closed },
        { CaseKind.Inquiry, [CaseAction.Triage, CaseAction.Reply, CaseAction.Close], CaseStatus.Closed },
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public void Each_kind_follows_its_own_path(CaseKind kind, CaseAction[] path, CaseStatus end)
    {
        var c = CaseBuilder.New(kind);
        foreach (var action in path)
        {
            c.Do(action);
        }

        Assert.Equal(end, c.Status);
        Assert.Equal(path.Length + 1, c.History.Count);
        Assert.NotNull(c.ClosedAt);
    }

    /// <summary>Every (status, step) pair of a complaint: allowed exactly when the lifecycle table has it.</summary>
    public static TheoryData<CaseStatus, CaseAction> AllPairs()
    {
        var data = new TheoryData<CaseStatus, CaseAction>();
        foreach (var status in Enum.GetValues<CaseStatus>())
        {
            foreach (var action in new[]
                     {
                         CaseAction.Triage, CaseAction.StartInvestigation, CaseAction.ProposePlan, CaseAction.ApprovePlan, CaseAction.RejectPlan,
                         CaseAction.StartExecution, CaseAction.Reply, CaseAction.RecordFollowUp, CaseAction.Close, CaseAction.Reopen,
                     })
            {
                data.Add(status, action);
            }
        }

        return data;
    }

    private static readonly HashSet<(CaseStatus, CaseAction)> ComplaintAllowed =
    [
        (CaseStatus.Received, CaseAction.Triage),
        (CaseStatus.Triaged, CaseAction.StartInvestigation),
        (CaseStatus.Investigating, CaseAction.ProposePlan),
        (CaseStatus.PlanProposed, CaseAction.ApprovePlan),
        (CaseStatus.PlanProposed, CaseAction.RejectPlan),
        (CaseStatus.PlanApproved, CaseAction.StartExecution),
        (CaseStatus.Executing, CaseAction.Reply),
        (CaseStatus.Replied, CaseAction.RecordFollowUp),
        (CaseStatus.FollowUp, CaseAction.Close),
        (CaseStatus.Replied, CaseAction.Reopen),
        (CaseStatus.FollowUp, CaseAction.Reopen),
        (CaseStatus.Closed, CaseAction.Reopen),
    ];

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void A_complaint_step_is_allowed_only_from_its_status(CaseStatus status, CaseAction action)
    {
        var c = CaseBuilder.ComplaintAt(status);
        var historyBefore = c.History.Count;

        if (ComplaintAllowed.Contains((status, action)))
        {
            c.Do(action);
            Assert.NotEqual(historyBefore, c.History.Count);
            Assert.Contains(action, c.History.Select(h => h.Action));
        }
        else
        {
            var error = Assert.Throws<CaseTransitionException>(() => c.Do(action));
            Assert.Equal(status, error.Status);
            Assert.Equal(status, c.Status);
            Assert.Equal(historyBefore, c.History.Count);
        }
    }

    [Theory]
    [InlineData(Severity.Major, false, AuthorityLevel.Level1)]
    [InlineData(Severity.Urgent, false, AuthorityLevel.Level1)]
    [InlineData(Severity.Major, true, AuthorityLevel.Level1)]
    [InlineData(Severity.General, false, AuthorityLevel.Level2)]
    [InlineData(Severity.General, true, AuthorityLevel.Level3)]
    public void Required_authority_follows_severity_and_business_matter(Severity severity, bool business, AuthorityLevel expected) =>
        Assert.Equal(expected, CaseLifecycle.RequiredAuthority(severity, business));

    public static TheoryData<Severity, bool, string, bool> Approvals => new()
    {
        { Severity.Major, false, "manager", true },
        { Severity.Major, false, "head", false },
        { Severity.Major, false, "business", false },
        { Severity.General, false, "head", true },
        { Severity.General, false, "business", false },
        { Severity.General, false, "clerk", false },
        { Severity.General, true, "business", true },
        { Severity.General, true, "clerk", false },
        { Severity.General, true, "manager", true },
    };

    private static Actor ActorNamed(string name) => name switch
    {
        "manager" => CaseBuilder.Manager,
        "head" => CaseBuilder.Head,
        "business" => CaseBuilder.BusinessHead,
        _ => CaseBuilder.Clerk,
    };

    [Theory]
    [MemberData(nameof(Approvals))]
    public void Plan_approval_is_refused_above_the_actors_authority(Severity severity, bool business, string actor, bool allowed)
    {
        var c = CaseBuilder.ComplaintAt(CaseStatus.PlanProposed, severity, business);

        if (allowed)
        {
            c.Do(CaseAction.ApprovePlan, ActorNamed(actor));
            Assert.Equal(CaseStatus.PlanApproved, c.Status);
        }
        else
        {
            var error = Assert.Throws<AuthorityException>(() => c.Do(CaseAction.ApprovePlan, ActorNamed(actor)));
            Assert.Equal(CaseStatus.PlanProposed, c.Status);
            Assert.Equal(c.RequiredAuthority, error.Required);
            Assert.DoesNotContain(CaseAction.ApprovePlan, c.AllowedActions(ActorNamed(actor)));
        }
    }

    [Theory]
    [MemberData(nameof(Approvals))]
    public void Closure_and_plan_rejection_need_the_same_authority(Severity severity, bool business, string actor, bool allowed)
    {
        var proposed = CaseBuilder.ComplaintAt(CaseStatus.PlanProposed, severity, business);
        var followedUp = CaseBuilder.ComplaintAt(CaseStatus.FollowUp, severity, business);
        if (allowed)
        {
            proposed.Do(CaseAction.RejectPlan, ActorNamed(actor));
            followedUp.Do(CaseAction.Close, ActorNamed(actor));
            Assert.Equal(CaseStatus.Investigating, proposed.Status);
            Assert.Equal(CaseStatus.Closed, followedUp.Status);
        }
        else
        {
            Assert.Throws<AuthorityException>(() => proposed.Do(CaseAction.RejectPlan, ActorNamed(actor)));
            Assert.Throws<AuthorityException>(() => followedUp.Do(CaseAction.Close, ActorNamed(actor)));
        }
    }

    [Fact]
    public void Front_line_staff_may_close_a_praise_but_not_a_complaint()
    {
        var praise = CaseBuilder.New(CaseKind.Praise);
        praise.Do(CaseAction.Triage, CaseBuilder.Clerk);
        praise.Do(CaseAction.Close, CaseBuilder.Clerk);
        Assert.Equal(CaseStatus.Closed, praise.Status);

        var complaint = CaseBuilder.ComplaintAt(CaseStatus.FollowUp);
        Assert.Throws<AuthorityException>(() => complaint.Do(CaseAction.Close, CaseBuilder.Clerk));
    }
}
