using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Compensation;
using GuestLoop.Domain.Organisation;
using GuestLoop.Domain.Tests.Cases;

namespace GuestLoop.Domain.Tests.Compensation;

public class ReplyDraftTests
{
    private static readonly Actor Head = new(Guid.NewGuid(), "head", AuthorityLevel.Level2);

    [Fact]
    public void A_draft_takes_the_findings_the_measures_by_state_and_only_approved_compensation()
    {
        var c = Case.Receive(new NewCase(Guid.NewGuid(), CaseKind.Complaint, Channel.Web, "房间不干净", "床单有污渍", new Complainant("张伟", null, null)),
            "C-2", "token-2", Actor.Guest("张伟"), CaseBuilder.T0);
        c.Do(CaseAction.Triage);
        c.Do(CaseAction.StartInvestigation);
        c.Do(CaseAction.ProposePlan);
        var now = c.History[^1].At;
        var done = Remedy.Plan(c.Id, Head, now, RemedyKind.RepairOrReplace, "更换床单", Head.StaffId!.Value, "head", new DateOnly(2026, 3, 3));
        done.MarkDone(Head, now.AddHours(1), null);
        var planned = Remedy.Plan(c.Id, Head, now, RemedyKind.Training, "客房部全员培训", Head.StaffId!.Value, "head", new DateOnly(2026, 3, 20));
        var approved = GuestCompensation.Propose(c.Id, c.PropertyId, Head, now, CompensationBasis.OtherLoss, "房费减免", CompensationMethod.Cash, new Money(300m, "CNY"));
        approved.Approve(Head, now, ApprovalLimits.Default, null);
        var refused = GuestCompensation.Propose(c.Id, c.PropertyId, Head, now, CompensationBasis.OtherLoss, "全额退款", CompensationMethod.Cash, new Money(2000m, "CNY"));
        refused.Reject(Head, now, ApprovalLimits.Default, "超出合理范围");
        var pending = GuestCompensation.Propose(c.Id, c.PropertyId, Head, now, CompensationBasis.OtherLoss, "赠送早餐", CompensationMethod.InKind, new Money(80m, "CNY"));

        var draft = ReplyDraft.From(c, [planned, done], [approved, refused, pending]);

        Assert.Equal("张伟", draft.Guest);
        Assert.Equal("属实", draft.Findings);
        Assert.Equal([done], draft.Done);
        Assert.Equal([planned], draft.Planned);
        Assert.Equal([approved], draft.Compensations);
        // Proposed, not yet approved: the plan stays out of the letter.
        Assert.Null(draft.ApprovedPlan);
    }

    [Fact]
    public void The_plan_joins_the_draft_once_approved_and_leaves_it_when_a_new_one_is_proposed()
    {
        var c = CaseBuilder.ComplaintAt(CaseStatus.PlanApproved);
        Assert.Equal("更换房间并致歉", ReplyDraft.From(c, [], []).ApprovedPlan);

        var sentBack = CaseBuilder.ComplaintAt(CaseStatus.PlanProposed);
        sentBack.Do(CaseAction.RejectPlan);
        Assert.Null(ReplyDraft.From(sentBack, [], []).ApprovedPlan);
    }
}
