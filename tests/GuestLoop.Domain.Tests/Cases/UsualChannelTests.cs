using GuestLoop.Domain.Cases;

namespace GuestLoop.Domain.Tests.Cases;

public sealed class UsualChannelTests
{
    private static readonly DateTimeOffset T0 = CaseBuilder.T0;

    [Fact]
    public void The_channel_used_most_wins_wherever_it_comes_in_the_list()
    {
        var recorded = new[]
        {
            (Channel.Onsite, T0.AddHours(5)), (Channel.Phone, T0.AddHours(1)), (Channel.Phone, T0.AddHours(2)),
            (Channel.Email, T0.AddHours(6)), (Channel.Phone, T0.AddHours(3)), (Channel.Onsite, T0.AddHours(4)),
        };

        Assert.Equal(Channel.Phone, UsualChannel.Of(recorded, answersPhoneLine: false));
    }

    [Fact]
    public void A_tie_goes_to_the_channel_used_last()
    {
        var recorded = new[] { (Channel.Phone, T0.AddHours(3)), (Channel.Onsite, T0.AddHours(1)), (Channel.Onsite, T0.AddHours(4)), (Channel.Phone, T0) };

        Assert.Equal(Channel.Onsite, UsualChannel.Of(recorded, answersPhoneLine: true));
        Assert.Equal(Channel.Phone, UsualChannel.Of(recorded.Append((Channel.Phone, T0.AddHours(-9))), answersPhoneLine: false));
    }

    [Theory]
    [InlineData(true, Channel.Phone)]
    [InlineData(false, Channel.Onsite)]
    public void Without_recordings_the_phone_line_s_owner_starts_on_the_phone_and_everyone_else_at_the_desk(bool answersPhoneLine, Channel expected) =>
        Assert.Equal(expected, UsualChannel.Of([], answersPhoneLine));
}
