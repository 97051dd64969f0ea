using GuestLoop.Web.Data.Writing;

namespace GuestLoop.Web.Tests.Features.Operations;

public sealed class LongestByMinuteTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Each_minute_keeps_its_longest_and_who_it_was()
    {
        var record = new LongestByMinute();
        record.Record(Noon.AddSeconds(5), TimeSpan.FromMilliseconds(30), "intake");
        record.Record(Noon.AddSeconds(50), TimeSpan.FromMilliseconds(120), "Escalation");
        record.Record(Noon.AddSeconds(55), TimeSpan.FromMilliseconds(80), "intake");
        record.Record(Noon.AddMinutes(1).AddSeconds(1), TimeSpan.FromMilliseconds(10), "request");

        var minutes = record.Snapshot(Noon.AddMinutes(2));

        Assert.Equal([new MinuteLongest(Noon, TimeSpan.FromMilliseconds(120), "Escalation"),
            new MinuteLongest(Noon.AddMinutes(1), TimeSpan.FromMilliseconds(10), "request")], minutes);
    }

    [Fact]
    public void An_hour_later_a_minute_starts_afresh_and_older_minutes_are_not_shown()
    {
        var record = new LongestByMinute();
        record.Record(Noon, TimeSpan.FromSeconds(2), "intake");
        record.Record(Noon.AddMinutes(LongestByMinute.Minutes), TimeSpan.FromMilliseconds(7), "intake");

        var minutes = record.Snapshot(Noon.AddMinutes(LongestByMinute.Minutes));

        var only = Assert.Single(minutes);
        Assert.Equal(TimeSpan.FromMilliseconds(7), only.Longest);
        Assert.Empty(record.Snapshot(Noon.AddMinutes(3 * LongestByMinute.Minutes)));
    }
}
