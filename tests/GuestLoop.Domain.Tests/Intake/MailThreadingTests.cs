using GuestLoop.Domain.Intake;

namespace GuestLoop.Domain.Tests.Intake;

public sealed class MailThreadingTests
{
    [Fact]
    public void In_reply_to_comes_first_then_references_nearest_first_each_once()
    {
        var ids = MailThreading.ReferencedIds("<c@mail.example>", "<a@mail.example> <b@mail.example>\r\n <c@mail.example>");

        Assert.Equal(["c@mail.example", "b@mail.example", "a@mail.example"], ids);
    }

    [Fact]
    public void No_headers_give_no_ids_and_junk_between_brackets_is_ignored()
    {
        Assert.Empty(MailThreading.ReferencedIds(null, "  "));
        Assert.Equal(["x@y"], MailThreading.ReferencedIds("Your message of Monday <x@y>", null));
    }

    [Theory]
    [InlineData("<abc@host>", "abc@host")]
    [InlineData(" abc@host ", "abc@host")]
    [InlineData("<>", null)]
    [InlineData("a b@host", null)]
    public void Message_ids_are_stored_without_brackets(string raw, string? stored)
    {
        Assert.Equal(stored, MailThreading.Normalise(raw));
    }

    [Theory]
    [InlineData("Re: 关于您的投诉 [DEMO-HOTEL-261122-007]", "DEMO-HOTEL-261122-007")]
    [InlineData("回复：demo-scenic-260101-1234 处理结果", "DEMO-SCENIC-260101-1234")]
    [InlineData("Room 1203 again", null)]
    [InlineData("Booking 20261122-01", null)]
    [InlineData(null, null)]
    public void A_case_number_is_found_in_the_subject(string? subject, string? number)
    {
        Assert.Equal(number, MailThreading.CaseNumberIn(subject));
    }

    [Theory]
    [InlineData("Re: Fwd: 回复：空调坏了", "空调坏了")]
    [InlineData("RE[2]: Noise at night", "Noise at night")]
    [InlineData("Refund please", "Refund please")]
    public void Reply_prefixes_are_taken_off_the_subject(string subject, string clean)
    {
        Assert.Equal(clean, MailThreading.CleanSubject(subject));
    }
}
