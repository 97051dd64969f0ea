using GuestLoop.Web.Features.Workspace;

namespace GuestLoop.Web.Tests.Features.Workspace;

public sealed class TimeLeftStateTests
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
}
