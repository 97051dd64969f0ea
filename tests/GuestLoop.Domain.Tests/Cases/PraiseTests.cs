using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Organisation;
using GuestLoop.Domain.Sla;
using GuestLoop.Domain.Tests.Sla;

namespace GuestLoop.Domain.Tests.Cases;

public sealed class PraiseTests
{
    private static readonly PraisedStaff LinXiao = new(Guid.NewGuid(), "林晓");

    // T0 is Monday 2 March 2026, 09:00 in Beijing; five working days run to the close of Monday 9 March.
    private static readonly DateTimeOffset Due = Calendars.Bj(2026, 3, 9, 18);

    private static Case Praise(IReadOnlyList<PraisedStaff>? staff = null, string? names = null) =>
        Case.Receive(new NewCase(Guid.NewGuid(), CaseKind.Praise, Channel.Web, "感谢林晓", "客房打扫得很干净", PraisedStaff: staff ?? [LinXiao],
            PraisedNames: names), "C-1", "t", Actor.Guest("张伟"), CaseBuilder.T0);

    private static StageDeadline Recognition(Case c, SlaPolicy policy) =>
        CaseClock.Compute(c, policy.TargetsFor(c.Kind, c.Severity), Calendars.Cn).Single(d => d.Stage == SlaStage.Recognition);

    [Fact]
    public void Every_preset_gives_praise_five_working_days_to_reach_the_staff()
    {
        foreach (var policy in SlaPresets.All.Where(p => p.Code != SlaPresets.RegulatorTransfer))
        {
            var target = policy.TargetsFor(CaseKind.Praise, Severity.General).Single(t => t.Stage == SlaStage.Recognition);
            Assert.Equal((5, DurationUnit.WorkingDays, TargetAnchor.CaseReceived), (target.Amount, target.Unit, target.Anchor));
        }
    }

    [Fact]
    public void Recognising_in_time_meets_the_deadline()
    {
        var c = Praise();
        c.Recognise(CaseBuilder.Head, Calendars.Bj(2026, 3, 4, 10), "部门例会通报");

        var d = Recognition(c, SlaPresets.Tourism);

        Assert.Equal((Due, Calendars.Bj(2026, 3, 4, 10)), (d.DueAt, d.MetAt));
        Assert.Equal((CaseAction.Recognise, "林晓 · 部门例会通报"), (c.History[^1].Action, c.History[^1].Detail));
        Assert.Equal(CaseStatus.Received, c.Status);
    }

    [Fact]
    public void Recognising_late_or_never_misses_it()
    {
        var never = Praise();
        var late = Praise();
        late.Recognise(CaseBuilder.Head, Calendars.Bj(2026, 3, 10, 9), null);

        Assert.Null(Recognition(never, SlaPresets.Scenic).MetAt);
        var d = Recognition(late, SlaPresets.Scenic);
        Assert.True(d.MetAt > d.DueAt);
    }

    [Fact]
    public void A_praise_is_recognised_once_and_only_a_praise_names_staff()
    {
        var c = Praise(names: "早餐厅的小王");
        c.Recognise(CaseBuilder.Clerk, CaseBuilder.T0.AddHours(1), null);

        Assert.Throws<CaseTransitionException>(() => c.Recognise(CaseBuilder.Clerk, CaseBuilder.T0.AddHours(2), null));
        Assert.Throws<CaseTransitionException>(() => CaseBuilder.New().Recognise(CaseBuilder.Clerk, CaseBuilder.T0.AddHours(2), null));
        Assert.Throws<CaseValidationException>(() => Praise(staff: []).Recognise(CaseBuilder.Clerk, CaseBuilder.T0.AddHours(2), null));
        Assert.Contains("praisedStaffIds",
            new NewCase(Guid.NewGuid(), CaseKind.Complaint, Channel.Web, "t", "d", PraisedStaff: [LinXiao]).Validate(CaseBuilder.T0).Keys);
        Assert.Equal("林晓、早餐厅的小王", c.History[^1].Detail);
    }
}
