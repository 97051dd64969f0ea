using GuestLoop.Domain.Intake;

namespace GuestLoop.Domain.Tests.Intake;

public sealed class MailboxBackoffTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public void A_healthy_mailbox_is_polled_at_the_interval()
    {
        Assert.Equal(Minute, MailboxBackoff.Delay(0, Minute));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(6, 32)]
    public void Each_consecutive_failure_doubles_the_wait(int failures, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), MailboxBackoff.Delay(failures, Minute));
    }

    [Theory]
    [InlineData(7)]
    [InlineData(40)]
    [InlineData(int.MaxValue)]
    public void The_wait_stops_growing_at_an_hour(int failures)
    {
        Assert.Equal(TimeSpan.FromHours(1), MailboxBackoff.Delay(failures, Minute));
    }

    [Fact]
    public void An_interval_longer_than_the_cap_is_kept()
    {
        Assert.Equal(TimeSpan.FromHours(2), MailboxBackoff.Delay(5, TimeSpan.FromHours(2)));
    }

    [Fact]
    public void The_next_attempt_is_now_plus_the_wait()
    {
        var now = new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
        Assert.Equal(now.AddMinutes(4), MailboxBackoff.NextAttempt(now, 3, Minute));
    }
}
