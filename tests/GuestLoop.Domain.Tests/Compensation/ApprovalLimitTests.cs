using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Compensation;
using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Tests.Compensation;

/// <summary>Who may approve how much: exactly at a limit is allowed, one fen above is refused by the domain itself.</summary>
public class ApprovalLimitTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 2, 0, 0, TimeSpan.Zero);

    private static Actor Staff(AuthorityLevel level) => new(Guid.NewGuid(), "审批人", level);

    private static GuestCompensation Proposed(decimal amount, string currency = "CNY") =>
        GuestCompensation.Propose(Guid.NewGuid(), Guid.NewGuid(), Staff(AuthorityLevel.None), Now, CompensationBasis.OtherLoss,
            "房间异味影响休息", CompensationMethod.Cash, new Money(amount, currency));

    [Theory]
    [InlineData(AuthorityLevel.Level3, "500.00")]
    [InlineData(AuthorityLevel.Level3, "0.01")]
    [InlineData(AuthorityLevel.Level2, "500.01")]
    [InlineData(AuthorityLevel.Level2, "5000.00")]
    [InlineData(AuthorityLevel.Level1, "5000.01")]
    [InlineData(AuthorityLevel.Level1, "99999999.99")]
    public void Each_level_approves_up_to_and_exactly_at_its_default_limit(AuthorityLevel level, string amount)
    {
        var c = Proposed(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));

        c.Approve(Staff(level), Now, ApprovalLimits.Default, "同意");

        Assert.Equal(CompensationState.Approved, c.State);
        Assert.Equal(Now, c.DecidedAt);
    }

    [Theory]
    [InlineData(AuthorityLevel.Level3, "500.01", AuthorityLevel.Level2)]
    [InlineData(AuthorityLevel.Level3, "3000.00", AuthorityLevel.Level2)]
    [InlineData(AuthorityLevel.Level3, "5000.01", AuthorityLevel.Level1)]
    [InlineData(AuthorityLevel.Level2, "5000.01", AuthorityLevel.Level1)]
    [InlineData(AuthorityLevel.None, "0.01", AuthorityLevel.Level3)]
    [InlineData(AuthorityLevel.None, "500.00", AuthorityLevel.Level3)]
    public void One_fen_above_the_actors_limit_is_refused_and_changes_nothing(AuthorityLevel level, string amount, AuthorityLevel required)
    {
        var c = Proposed(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));

        var e = Assert.Throws<AuthorityException>(() => c.Approve(Staff(level), Now, ApprovalLimits.Default, null));

        Assert.Equal((level, required), (e.Held, e.Required));
        Assert.Equal(CompensationState.Proposed, c.State);
        Assert.Null(c.DecidedAt);
        Assert.Null(c.DecidedBy);
    }

    [Theory]
    [InlineData("200.00", AuthorityLevel.Level3, true)]
    [InlineData("200.01", AuthorityLevel.Level3, false)]
    [InlineData("200.01", AuthorityLevel.Level2, true)]
    [InlineData("1000.00", AuthorityLevel.Level2, true)]
    [InlineData("1000.01", AuthorityLevel.Level2, false)]
    [InlineData("1000.01", AuthorityLevel.Level1, true)]
    public void Custom_limits_of_an_enterprise_apply_at_their_own_edges(string amount, AuthorityLevel level, bool allowed)
    {
        var limits = new ApprovalLimits(200m, 1_000m);
        var c = Proposed(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));

        var error = Record.Exception(() => c.Approve(Staff(level), Now, limits, null));

        Assert.Equal(allowed, error is null);
        Assert.Equal(allowed ? CompensationState.Approved : CompensationState.Proposed, c.State);
        if (!allowed)
        {
            Assert.IsType<AuthorityException>(error);
        }
    }

    [Fact]
    public void Equal_limits_for_levels_3_and_2_leave_nothing_between_them()
    {
        var limits = new ApprovalLimits(800m, 800m);

        Assert.Equal(AuthorityLevel.Level3, limits.RequiredFor(Money.Cny(800m)));
        Assert.Equal(AuthorityLevel.Level1, limits.RequiredFor(Money.Cny(800.01m)));
    }

    [Fact]
    public void An_amount_in_another_currency_than_the_limits_needs_level_1()
    {
        var c = Proposed(10m, "USD");

        Assert.Throws<AuthorityException>(() => c.Approve(Staff(AuthorityLevel.Level2), Now, ApprovalLimits.Default, null));
        c.Approve(Staff(AuthorityLevel.Level1), Now, ApprovalLimits.Default, null);
        Assert.Equal(CompensationState.Approved, c.State);
    }

    [Fact]
    public void A_rejection_needs_the_same_authority_as_an_approval()
    {
        var c = Proposed(3_000m);

        Assert.Throws<AuthorityException>(() => c.Reject(Staff(AuthorityLevel.Level3), Now, ApprovalLimits.Default, "金额过高"));
        c.Reject(Staff(AuthorityLevel.Level2), Now, ApprovalLimits.Default, "金额过高");

        Assert.Equal((CompensationState.Rejected, "金额过高"), (c.State, c.DecisionNote));
    }

    [Theory]
    [InlineData(-1, 500)]
    [InlineData(600, 500)]
    [InlineData(100.001, 500)]
    [InlineData(500, 100_000_000.01)]
    [InlineData(500, 1e23)]
    public void Limits_that_make_no_sense_are_refused(decimal level3, decimal level2)
    {
        Assert.Throws<CaseValidationException>(() => new ApprovalLimits(level3, level2).Checked());
    }

    [Fact]
    public void The_limit_bounds_the_cases_total_so_split_approvals_need_the_higher_level()
    {
        var level3 = Staff(AuthorityLevel.Level3);
        var approved = new List<Money> { Money.Cny(480m) };

        var second = Proposed(450m);
        var e = Assert.Throws<AuthorityException>(() => second.Approve(level3, Now, ApprovalLimits.Default, null, approved));
        Assert.Equal(AuthorityLevel.Level2, e.Required);
        Assert.Equal(CompensationState.Proposed, second.State);

        second.Approve(Staff(AuthorityLevel.Level2), Now, ApprovalLimits.Default, null, approved);
        approved.Add(second.Money);
        var small = Proposed(20m);
        Assert.Equal(AuthorityLevel.Level2, ApprovalLimits.Default.RequiredFor(small.Money, approved));
        Assert.Equal(AuthorityLevel.Level3, ApprovalLimits.Default.RequiredFor(Money.Cny(20m), [Money.Cny(480m)]));
        Assert.Equal(AuthorityLevel.Level1, ApprovalLimits.Default.RequiredFor(Money.Cny(1m), [new Money(1m, "USD")]));
    }

    [Fact]
    public void Past_the_enterprises_cap_for_one_guest_only_level_1_approves()
    {
        var limits = ApprovalLimits.Default with { GuestCap = 1_000m, GuestCapDays = 90 };
        IReadOnlyCollection<Money> none = [];

        Assert.Equal(AuthorityLevel.Level3, limits.RequiredFor(Money.Cny(300m), none, [Money.Cny(700m)]));
        Assert.Equal(AuthorityLevel.Level1, limits.RequiredFor(Money.Cny(300.01m), none, [Money.Cny(700m)]));
        Assert.Equal(AuthorityLevel.Level3, ApprovalLimits.Default.RequiredFor(Money.Cny(300.01m), none, [Money.Cny(700m)]));

        var c = Proposed(300.01m);
        var e = Assert.Throws<AuthorityException>(() => c.Approve(Staff(AuthorityLevel.Level2), Now, limits, null, [], [Money.Cny(700m)]));
        Assert.Equal(AuthorityLevel.Level1, e.Required);
        c.Approve(Staff(AuthorityLevel.Level1), Now, limits, null, [], [Money.Cny(700m)]);
        Assert.Equal(CompensationState.Approved, c.State);
    }

    [Theory]
    [InlineData("-1", 90, "guestCap")]
    [InlineData("10.001", 90, "guestCap")]
    [InlineData("100", 0, "guestCapDays")]
    [InlineData("100", 3651, "guestCapDays")]
    public void A_guest_cap_is_checked_when_set(string cap, int days, string field) =>
        Assert.Contains(field, (ApprovalLimits.Default with
        {
            GuestCap = decimal.Parse(cap, System.Globalization.CultureInfo.InvariantCulture), GuestCapDays = days,
        }).Validate().Keys);
}
