using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Tests.Cases;

/// <summary>Lowering a case's severity or required authority is a decision of the authority the case needs now (DESIGN §2).</summary>
public class TriageLoweringTests
{
    private static Case Urgent()
    {
        var c = CaseBuilder.New();
        Assert.True(c.FlagRisk(["食物中毒", "报警"], CaseBuilder.T0.AddMinutes(1)));
        return c;
    }

    private static void TriageAs(Case c, Actor actor, Severity severity, bool business, string? reason = null) =>
        c.Triage(actor, CaseBuilder.T0.AddMinutes(5), Category.Safety, severity, CaseObject.Service, Assessment.Default, business, reason);

    [Theory]
    [InlineData(AuthorityLevel.None)]
    [InlineData(AuthorityLevel.Level3)]
    [InlineData(AuthorityLevel.Level2)]
    public void Below_level_1_an_urgent_case_cannot_be_triaged_down_and_nothing_changes(AuthorityLevel level)
    {
        var c = Urgent();
        var history = c.History.Count;

        var e = Assert.Throws<AuthorityException>(() =>
            TriageAs(c, new Actor(Guid.NewGuid(), "staff", level), Severity.General, business: true, reason: "误判"));

        Assert.Equal((level, AuthorityLevel.Level1), (e.Held, e.Required));
        Assert.Equal((CaseStatus.Received, Severity.Urgent, AuthorityLevel.Level1), (c.Status, c.Severity, c.RequiredAuthority));
        Assert.Equal(history, c.History.Count);
    }

    [Fact]
    public void Level_1_lowers_with_a_reason_recorded_and_not_without_one()
    {
        var c = Urgent();

        Assert.Throws<CaseValidationException>(() => TriageAs(c, CaseBuilder.Manager, Severity.General, business: true));
        TriageAs(c, CaseBuilder.Manager, Severity.General, business: true, reason: "宾客确认为误会，无人就医");

        Assert.Equal((Severity.General, AuthorityLevel.Level3), (c.Severity, c.RequiredAuthority));
        var line = c.History[^1];
        Assert.Equal(CaseAction.LowerSeverity, line.Action);
        Assert.Equal("宾客确认为误会，无人就医", line.Detail);
        Assert.Equal(("Urgent/Level1", "General/Level3"), (line.Before, line.After));
    }

    [Fact]
    public void Raising_or_keeping_the_severity_needs_no_authority_and_no_reason()
    {
        var general = CaseBuilder.New();
        TriageAs(general, CaseBuilder.Clerk, Severity.Major, business: false);
        Assert.Equal(AuthorityLevel.Level1, general.RequiredAuthority);

        var urgent = Urgent();
        TriageAs(urgent, CaseBuilder.Clerk, Severity.Urgent, business: false);
        Assert.DoesNotContain(urgent.History, h => h.Action == CaseAction.LowerSeverity);
    }

    [Fact]
    public void A_general_case_marked_a_business_matter_is_ordinary_triage()
    {
        var c = CaseBuilder.New();

        TriageAs(c, CaseBuilder.Clerk, Severity.General, business: true);

        Assert.Equal(AuthorityLevel.Level3, c.RequiredAuthority);
        Assert.DoesNotContain(c.History, h => h.Action == CaseAction.LowerSeverity);
    }

    [Theory]
    [InlineData(Severity.Urgent, Severity.Major, true)]
    [InlineData(Severity.Urgent, Severity.General, true)]
    [InlineData(Severity.Major, Severity.General, true)]
    [InlineData(Severity.Major, Severity.Urgent, false)]
    [InlineData(Severity.General, Severity.Major, false)]
    [InlineData(Severity.General, Severity.General, false)]
    public void Lowering_is_a_fall_in_severity(Severity before, Severity after, bool lowers) =>
        Assert.Equal(lowers, CaseLifecycle.Lowers(before, CaseLifecycle.RequiredAuthority(before, false), after,
            CaseLifecycle.RequiredAuthority(after, false)));
}
