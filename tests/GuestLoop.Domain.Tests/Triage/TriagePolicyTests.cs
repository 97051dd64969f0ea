using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Triage;

namespace GuestLoop.Domain.Tests.Triage;

public sealed class TriagePolicyTests
{
    private static readonly TriageSuggestion Model = new(Category.Facility, Severity.Major, 0.82, TriageSource.Model);
    private static readonly TriageSuggestion Rules = new(Category.Hygiene, Severity.General, 0.5, TriageSource.Rules);

    [Fact]
    public void A_model_trained_on_enough_cases_and_accurate_enough_on_held_out_ones_is_used() =>
        Assert.Same(Model, TriagePolicy.Choose(new TriageModelQuality(TriagePolicy.MinTrainingCases, 30, 0.85, 0.70), () => Model, Rules));

    [Theory]
    [InlineData(TriagePolicy.MinTrainingCases - 1, 30, 0.95, 0.95)]
    [InlineData(500, 120, 0.69, 0.95)]
    [InlineData(500, 120, 0.95, 0.69)]
    [InlineData(500, 0, 0.95, 0.95)]
    public void Too_few_cases_or_accuracy_below_the_floor_on_either_label_falls_back_to_the_rules(int training, int heldOut, double category, double severity) =>
        Assert.Same(Rules, TriagePolicy.Choose(new TriageModelQuality(training, heldOut, category, severity), () => Model, Rules));

    [Fact]
    public void Without_a_model_or_when_it_cannot_answer_the_rules_apply()
    {
        Assert.Same(Rules, TriagePolicy.Choose(null, () => Model, Rules));
        Assert.Same(Rules, TriagePolicy.Choose(new TriageModelQuality(500, 120, 0.9, 0.9), () => null, Rules));
    }

    [Fact]
    public void About_one_case_in_five_is_held_out_and_always_the_same_ones()
    {
        var ids = Enumerable.Range(0, 5000).Select(i => new Guid(i, 7, 11, [1, 2, 3, 4, 5, 6, 7, (byte)i])).ToList();

        var heldOut = ids.Count(TriagePolicy.IsHeldOut);

        Assert.InRange(heldOut, 800, 1200);
        Assert.All(ids, id => Assert.Equal(TriagePolicy.IsHeldOut(id), TriagePolicy.IsHeldOut(new Guid(id.ToString()))));
    }
}
