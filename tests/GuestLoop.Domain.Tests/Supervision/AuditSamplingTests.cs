using GuestLoop.Domain.Supervision;

namespace GuestLoop.Domain.Tests.Supervision;

public class AuditSamplingTests
{
    private static readonly Guid Hotel = Guid.Parse("11111111-1111-1111-1111-111111111111");
    private static readonly Guid Scenic = Guid.Parse("22222222-2222-2222-2222-222222222222");

    private static List<ClosedCaseRef> Closed(Guid property, int count, int salt = 0) =>
        Enumerable.Range(0, count).Select(i => new ClosedCaseRef(new Guid(i + salt, 0, 0, new byte[8]), property)).ToList();

    [Fact]
    public void The_same_seed_and_candidates_give_the_same_sample_in_any_order()
    {
        var candidates = Closed(Hotel, 57);
        var seed = AuditSampling.SeedFor(Hotel, 2026, 10);

        var first = AuditSampling.Draw(seed, candidates, Hotel);
        var again = AuditSampling.Draw(seed, Enumerable.Reverse(candidates).ToList(), Hotel);

        Assert.Equal(first, again);
        Assert.Equal(6, first.Count);
    }

    [Fact]
    public void Another_month_draws_another_sample()
    {
        var candidates = Closed(Hotel, 200);

        var october = AuditSampling.Draw(AuditSampling.SeedFor(Hotel, 2026, 10), candidates, Hotel);
        var november = AuditSampling.Draw(AuditSampling.SeedFor(Hotel, 2026, 11), candidates, Hotel);

        Assert.NotEqual(october.Order(), november.Order());
    }

    [Fact]
    public void The_sample_never_leaves_the_given_property()
    {
        var candidates = Closed(Hotel, 30).Concat(Closed(Scenic, 30, salt: 1000)).ToList();
        var scenicIds = candidates.Where(c => c.PropertyId == Scenic).Select(c => c.CaseId).ToHashSet();

        var sample = AuditSampling.Draw("seed", candidates, Scenic, share: 1m);

        Assert.Equal(30, sample.Count);
        Assert.All(sample, id => Assert.Contains(id, scenicIds));
    }

    [Fact]
    public void A_property_without_closed_cases_has_an_empty_sample_and_a_quiet_one_has_at_least_one()
    {
        Assert.Empty(AuditSampling.Draw("seed", Closed(Hotel, 5), Scenic));
        Assert.Single(AuditSampling.Draw("seed", Closed(Hotel, 3), Hotel));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    public void A_share_outside_0_to_1_is_refused(double share) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AuditSampling.Draw("seed", Closed(Hotel, 3), Hotel, (decimal)share));

    [Fact]
    public void The_share_sets_the_size_rounded_up()
    {
        Assert.Equal(25, AuditSampling.Draw("s", Closed(Hotel, 100), Hotel, 0.25m).Count);
        Assert.Equal(2, AuditSampling.Draw("s", Closed(Hotel, 11), Hotel, 0.10m).Count);
    }
}
