using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Organisation;
using GuestLoop.Domain.Sla;
using GuestLoop.Domain.Tests.Sla;

namespace GuestLoop.Domain.Tests.Cases;

/// <summary>Seed 004 ch.5–6: a travel complaint's initial investigation within 24 hours, met by a recorded finding only.</summary>
public sealed class InitialInvestigationTests
{
    private static StageDeadline Initial(Case c) =>
        CaseClock.Compute(c, SlaPresets.Travel.TargetsFor(c.Kind, c.Severity), Calendars.Cn).Single(d => d.Stage == SlaStage.InitialInvestigation);

    [Fact]
    public void The_travel_policy_gives_a_complaint_24_hours_for_its_initial_investigation_and_no_classification_target()
    {
        var targets = SlaPresets.Travel.TargetsFor(CaseKind.Complaint, Severity.General);

        Assert.Contains(new SlaTarget(SlaStage.InitialInvestigation, 24, DurationUnit.Hours, TargetAnchor.CaseReceived), targets);
        Assert.DoesNotContain(targets, t => t.Stage == SlaStage.Response);
    }

    [Fact]
    public void Classifying_and_starting_the_investigation_do_not_meet_it_a_recorded_finding_does()
    {
        var c = CaseBuilder.New();
        c.Do(CaseAction.Triage);
        c.Do(CaseAction.StartInvestigation);
        Assert.Null(Initial(c).MetAt);
        Assert.True(Initial(c).IsBreached(CaseBuilder.T0.AddHours(25)));

        c.RecordFinding(CaseBuilder.Clerk, CaseBuilder.T0.AddHours(5), "宾客确认导游强制购物，期望退还购物款");

        Assert.Equal((CaseBuilder.T0.AddHours(24), CaseBuilder.T0.AddHours(5)), (Initial(c).DueAt, Initial(c).MetAt));
        Assert.Equal((CaseAction.RecordFinding, "宾客确认导游强制购物，期望退还购物款"), (c.History[^1].Action, c.History[^1].Detail));
    }

    [Fact]
    public void A_finding_of_a_complaint_needs_text_and_comes_before_the_plan()
    {
        var c = CaseBuilder.New();
        Assert.Throws<CaseValidationException>(() => c.RecordFinding(CaseBuilder.Clerk, CaseBuilder.T0.AddHours(1), " "));
        Assert.Contains(CaseAction.RecordFinding, c.AllowedActions(CaseBuilder.Clerk));

        var planned = CaseBuilder.ComplaintAt(CaseStatus.PlanProposed);

        Assert.Throws<CaseTransitionException>(() => planned.RecordFinding(CaseBuilder.Clerk, CaseBuilder.T0.AddDays(1), "补充"));
        Assert.DoesNotContain(CaseAction.RecordFinding, planned.AllowedActions(CaseBuilder.Manager));
        Assert.DoesNotContain(CaseAction.RecordFinding, CaseBuilder.New(CaseKind.Praise).AllowedActions(CaseBuilder.Manager));
    }
}
