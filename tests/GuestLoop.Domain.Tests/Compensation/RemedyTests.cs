using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Compensation;
using GuestLoop.Domain.Organisation;
using GuestLoop.Domain.Tests.Cases;

namespace GuestLoop.Domain.Tests.Compensation;

/// <summary>A remedial measure: planned with an owner and a due date, done, then verified by someone with authority.</summary>
public class RemedyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 2, 0, 0, TimeSpan.Zero);
    private static readonly Actor Clerk = new(Guid.NewGuid(), "赵敏", AuthorityLevel.None);
    private static readonly Actor Agent = new(Guid.NewGuid(), "李娜", AuthorityLevel.Level3);

    private static Remedy Planned() =>
        Remedy.Plan(Guid.NewGuid(), Agent, Now, RemedyKind.RepairOrReplace, "更换1208房空调滤网", Clerk.StaffId!.Value, Clerk.Name, new DateOnly(2026, 11, 22));

    [Fact]
    public void A_remedy_is_done_by_anyone_and_verified_by_level_3_or_above()
    {
        var r = Planned();
        r.MarkDone(Clerk, Now.AddHours(5), "已更换");

        Assert.Throws<AuthorityException>(() => r.Verify(Clerk, Now.AddHours(6), null));
        r.Verify(Agent, Now.AddHours(6), "复查无异味");

        Assert.Equal((RemedyState.Verified, "李娜", "复查无异味"), (r.State, r.VerifiedBy, r.VerifiedNote));
    }

    [Fact]
    public void A_remedy_is_verified_only_once_it_is_done()
    {
        var r = Planned();

        Assert.Throws<CompensationStepException>(() => r.Verify(Agent, Now, null));
        r.MarkDone(Clerk, Now, null);
        Assert.Throws<CompensationStepException>(() => r.MarkDone(Clerk, Now, null));
    }

    [Fact]
    public void A_planned_remedy_past_its_due_date_is_overdue()
    {
        var r = Planned();

        Assert.False(r.IsOverdue(new DateOnly(2026, 11, 22)));
        Assert.True(r.IsOverdue(new DateOnly(2026, 11, 23)));
    }

    [Fact]
    public void A_remedy_needs_a_description_an_owner_and_a_due_date_not_in_the_past()
    {
        var e = Assert.Throws<CaseValidationException>(() =>
            Remedy.Plan(Guid.NewGuid(), Agent, Now, RemedyKind.Apology, " ", Guid.Empty, "", new DateOnly(2026, 1, 1)));

        Assert.Equal(["description", "dueOn", "ownerId"], e.Errors.Keys.Order());
    }

    [Fact]
    public void Remedy_steps_are_written_in_the_case_history()
    {
        var c = CaseBuilder.ComplaintAt(CaseStatus.Executing);

        c.RecordRemedial(Agent, Now, CaseAction.PlanRemedy, "更换滤网");

        Assert.Equal((CaseAction.PlanRemedy, "更换滤网"), (c.History[^1].Action, c.History[^1].Detail));
        Assert.Throws<ArgumentOutOfRangeException>(() => c.RecordRemedial(Agent, Now, CaseAction.Close, "x"));
    }
}
