using GuestLoop.Domain.Sla;

namespace GuestLoop.Domain.Tests.Sla;

public sealed class TimeLeftTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, TimeLeftState.Ok)]
    [InlineData(79, TimeLeftState.Ok)]
    [InlineData(80, TimeLeftState.Risk)]
    [InlineData(99, TimeLeftState.Risk)]
    [InlineData(100, TimeLeftState.Overdue)]
    [InlineData(150, TimeLeftState.Overdue)]
    public void A_target_is_at_risk_from_80_percent_used_and_overdue_when_all_is_used(int percentUsed, TimeLeftState expected)
    {
        var due = Start.AddHours(100);

        Assert.Equal(expected, TimeLeftStates.Of(Start, due, Start.AddHours(percentUsed)));
    }

    [Fact]
    public void The_risk_instant_is_where_the_state_turns_to_risk()
    {
        var due = Start.AddHours(100);
        var from = TimeLeftStates.RiskFrom(Start, due);

        Assert.Equal(Start.AddHours(80), from);
        Assert.Equal(TimeLeftState.Ok, TimeLeftStates.Of(Start, due, from.AddTicks(-1)));
        Assert.Equal(TimeLeftState.Risk, TimeLeftStates.Of(Start, due, from));
        Assert.Equal(due, TimeLeftStates.RiskFrom(due, due));
    }
}
