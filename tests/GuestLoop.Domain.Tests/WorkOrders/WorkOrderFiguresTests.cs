using GuestLoop.Domain.WorkOrders;

namespace GuestLoop.Domain.Tests.WorkOrders;

/// <summary>Response and completion times and on-time rates per group, and repeated requests about one place.</summary>
public class WorkOrderFiguresTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 7, 8, 0, 0, TimeSpan.FromHours(8));

    private static WorkOrderTimes Order(string group, int acceptedAfter, int? completedAfter, bool cancelled = false) =>
        new(group, T0, T0.AddMinutes(10), T0.AddMinutes(30), T0.AddMinutes(acceptedAfter),
            completedAfter is { } c ? T0.AddMinutes(c) : null, cancelled);

    [Fact]
    public void Times_are_medians_and_90th_percentiles_of_minutes_and_on_time_counts_only_what_is_decided()
    {
        var orders = new[]
        {
            Order("客房部", 2, 12), Order("客房部", 5, 25), Order("客房部", 12, 40), Order("客房部", 8, null),
            Order("客房部", 1, 5, cancelled: true), Order("工程部", 4, 20),
        };

        // At T0+20 min the order still open is within its 30-minute completion target: not counted yet.
        var early = WorkOrderFigures.Of(orders, T0.AddMinutes(20));
        var housekeeping = early.Single(f => f.Group == "客房部");
        Assert.Equal((4 + 1, 3), (housekeeping.Orders, housekeeping.Done));
        Assert.Equal((5.0, 12.0), (housekeeping.MedianResponseMinutes, housekeeping.P90ResponseMinutes));
        Assert.Equal((25.0, 40.0), (housekeeping.MedianCompletionMinutes, housekeeping.P90CompletionMinutes));
        Assert.Equal(3.0 / 4, housekeeping.ResponseOnTimeRate);
        Assert.Equal(2.0 / 3, housekeeping.CompletionOnTimeRate);

        // Past the target, the open one counts as late.
        var late = WorkOrderFigures.Of(orders, T0.AddMinutes(31)).Single(f => f.Group == "客房部");
        Assert.Equal(2.0 / 4, late.CompletionOnTimeRate);
        Assert.Equal(["客房部", "工程部"], WorkOrderFigures.Of(orders, T0).Select(f => f.Group).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_group_with_nothing_decided_has_no_rate_rather_than_zero()
    {
        var f = WorkOrderFigures.Of([new WorkOrderTimes("前厅部", T0, T0.AddMinutes(10), T0.AddMinutes(30), null, null, false)], T0.AddMinutes(1)).Single();
        Assert.Equal((1, 0), (f.Orders, f.Done));
        Assert.Null(f.ResponseOnTimeRate);
        Assert.Null(f.MedianResponseMinutes);
    }

    [Fact]
    public void The_same_type_at_the_same_place_within_the_window_is_a_repeated_request()
    {
        var orders = new (string, string, DateTimeOffset)[]
        {
            ("1208", "kettle", T0.AddDays(-1)), (" 1208 ", "kettle", T0.AddHours(-5)), ("1208", "kettle", T0.AddHours(-1)),
            ("1208", "towels", T0.AddHours(-1)), ("1208", "towels", T0.AddHours(-2)),
            ("1502", "kettle", T0.AddDays(-10)), ("1502", "kettle", T0.AddDays(-9)), ("1502", "kettle", T0.AddHours(-3)),
        };

        var found = RepeatedRequests.Find(orders, T0, TimeSpan.FromDays(7), threshold: 3);

        var repeat = Assert.Single(found);
        Assert.Equal(("1208", "kettle", 3, T0.AddDays(-1), T0.AddHours(-1)), (repeat.Location, repeat.TypeCode, repeat.Orders, repeat.First, repeat.Last));
        Assert.Equal(2, RepeatedRequests.Find(orders, T0, TimeSpan.FromDays(7), threshold: 2).Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => RepeatedRequests.Find(orders, T0, TimeSpan.FromDays(7), threshold: 1));
    }
}
