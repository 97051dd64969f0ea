using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Improvement;
using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Tests.Improvement;

public class ImprovementActionTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
    private static readonly Actor Head = new(Guid.NewGuid(), "陈静", AuthorityLevel.Level2);

    private static ImprovementAction Raise(int? checkAfterDays = null) => ImprovementAction.Raise(
        new NewImprovementAction(null, "前台高峰期增派人手", "", ImprovementSource.Analysis, [], "三月入住等待投诉上升", Guid.NewGuid(),
            new DateOnly(2026, 3, 20), checkAfterDays), Head, T0);

    [Fact]
    public void A_new_action_is_open_and_overdue_only_after_its_due_date()
    {
        var action = Raise();

        Assert.Equal(ImprovementState.Open, action.State);
        Assert.False(action.IsOverdue(new DateTimeOffset(2026, 3, 20, 23, 0, 0, TimeSpan.Zero)));
        Assert.True(action.IsOverdue(new DateTimeOffset(2026, 3, 21, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Done_sets_the_effectiveness_check_30_days_later_by_default()
    {
        var action = Raise();
        var done = T0.AddDays(10);

        action.MarkDone(Head, done, "已排班", "排班表链接");

        Assert.Equal(ImprovementState.Done, action.State);
        Assert.Equal(done.AddDays(30), action.CheckDueAt);
        Assert.False(action.IsCheckDue(done.AddDays(29)));
        Assert.True(action.IsCheckDue(done.AddDays(30)));
        Assert.False(action.IsOverdue(done.AddDays(60)));
    }

    [Fact]
    public void The_check_period_is_configurable()
    {
        var action = Raise(checkAfterDays: 7);
        action.MarkDone(Head, T0, null, null);

        Assert.Equal(T0.AddDays(7), action.CheckDueAt);
    }

    [Fact]
    public void Not_effective_reopens_with_a_new_due_date_and_effective_ends_it()
    {
        var action = Raise();
        action.MarkDone(Head, T0.AddDays(1), null, null);

        action.CheckEffectiveness(Head, T0.AddDays(31), effective: false, "等待时间未下降", new DateOnly(2026, 5, 1));

        Assert.Equal(ImprovementState.Open, action.State);
        Assert.Equal(1, action.ReopenCount);
        Assert.Equal(new DateOnly(2026, 5, 1), action.DueOn);
        Assert.Null(action.CheckDueAt);

        action.MarkDone(Head, T0.AddDays(40), null, null);
        action.CheckEffectiveness(Head, T0.AddDays(70), effective: true, "投诉下降八成", null);
        Assert.Equal(ImprovementState.Effective, action.State);
        Assert.Equal(["done", "not-effective", "done", "effective"], action.Progress.Select(p => p.Kind));
    }

    [Fact]
    public void Steps_out_of_order_are_refused()
    {
        var action = Raise();

        Assert.Throws<ImprovementStateException>(() => action.CheckEffectiveness(Head, T0, true, "太早", null));
        action.MarkDone(Head, T0, null, null);
        Assert.Throws<ImprovementStateException>(() => action.MarkDone(Head, T0, null, null));
        action.CheckEffectiveness(Head, T0, true, "有效", null);
        Assert.Throws<ImprovementStateException>(() => action.AddProgress(Head, T0, "再补充", null));
    }

    [Fact]
    public void The_source_decides_what_must_be_named()
    {
        var owner = Guid.NewGuid();
        var due = new DateOnly(2026, 4, 1);
        Assert.Contains("caseIds", new NewImprovementAction(null, "t", "", ImprovementSource.Case, [], null, owner, due).Validate(T0).Keys);
        Assert.Contains("caseIds", new NewImprovementAction(null, "t", "", ImprovementSource.Cases, [Guid.NewGuid()], null, owner, due).Validate(T0).Keys);
        Assert.Contains("analysis", new NewImprovementAction(null, "t", "", ImprovementSource.Analysis, [], " ", owner, due).Validate(T0).Keys);
        Assert.Contains("owner", new NewImprovementAction(null, "t", "", ImprovementSource.Analysis, [], "a", Guid.Empty, due).Validate(T0).Keys);
        Assert.Throws<CaseValidationException>(() => ImprovementAction.Raise(
            new NewImprovementAction(null, "", "", ImprovementSource.Analysis, [], "a", owner, due), Head, T0));
    }

    [Theory]
    [InlineData(1999, 12, 31)]
    [InlineData(2036, 3, 3)]
    [InlineData(9999, 12, 31)]
    public void A_due_date_before_2000_or_more_than_ten_years_ahead_is_refused(int year, int month, int day)
    {
        var due = new DateOnly(year, month, day);

        Assert.Contains("dueOn", new NewImprovementAction(null, "t", "", ImprovementSource.Analysis, [], "a", Guid.NewGuid(), due).Validate(T0).Keys);
    }

    [Fact]
    public void The_description_and_the_analysis_have_a_maximum()
    {
        var tooLong = new string('x', TextLimits.Text + 1);
        var errors = new NewImprovementAction(null, "t", tooLong, ImprovementSource.Analysis, [], tooLong, Guid.NewGuid(), new DateOnly(2026, 4, 1)).Validate(T0);

        Assert.Equal(["analysis", "description"], errors.Keys.Order());
    }
}
