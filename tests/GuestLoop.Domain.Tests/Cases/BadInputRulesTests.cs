using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Tests.Cases;

/// <summary>Dates and texts are checked where they enter the case, each with a field error naming the field.</summary>
public sealed class BadInputRulesTests
{
    private static readonly DateTimeOffset Now = CaseBuilder.T0;

    private static NewCase Complaint(DateTimeOffset? receivedAt = null, DateTimeOffset? occurredAt = null) =>
        new(Guid.NewGuid(), CaseKind.Complaint, Channel.Phone, "房间不干净", "床单有污渍", ReceivedAt: receivedAt, OccurredAt: occurredAt);

    public static TheoryData<string> ImplausibleInstants => ["0001-01-01T00:00:00Z", "1999-12-31T23:59:59Z", "9999-12-31T23:59:59Z", "2026-03-02T01:06:00Z"];

    [Theory]
    [MemberData(nameof(ImplausibleInstants))]
    public void A_receipt_before_2000_or_in_the_future_is_refused(string instant)
    {
        var errors = Complaint(receivedAt: DateTimeOffset.Parse(instant)).Validate(Now);

        Assert.Contains("receivedAt", errors.Keys);
        Assert.Throws<CaseValidationException>(() =>
            Case.Receive(Complaint(receivedAt: DateTimeOffset.Parse(instant)), "C-1", "token", Actor.Guest("张伟"), Now));
    }

    [Theory]
    [MemberData(nameof(ImplausibleInstants))]
    public void An_occurrence_before_2000_or_in_the_future_is_refused(string instant) =>
        Assert.Contains("occurredAt", Complaint(occurredAt: DateTimeOffset.Parse(instant)).Validate(Now).Keys);

    [Fact]
    public void A_receipt_within_the_clock_skew_is_accepted() =>
        Assert.Empty(Complaint(receivedAt: Now.AddMinutes(4), occurredAt: new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero)).Validate(Now));

    [Fact]
    public void Every_free_text_of_a_new_case_has_a_maximum()
    {
        var input = new NewCase(Guid.NewGuid(), CaseKind.Complaint, Channel.Phone, new string('x', TextLimits.Title + 1),
            new string('x', TextLimits.Text + 1), new Complainant(new string('x', TextLimits.Name + 1), null, null),
            Demands: new string('x', TextLimits.Demands + 1), Place: new string('x', TextLimits.Place + 1), ExternalRef: new string('x', TextLimits.Short + 1));

        Assert.Equal(["customer.name", "demands", "description", "externalRef", "place", "title"], input.Validate(Now).Keys.Order());
    }

    [Fact]
    public void A_note_longer_than_the_text_limit_is_refused()
    {
        var c = CaseBuilder.New();

        var error = Assert.Throws<CaseValidationException>(() => c.AddNote(CaseBuilder.Clerk, Now.AddHours(1), new string('x', TextLimits.Text + 1)));
        Assert.Contains("text", error.Errors.Keys);
        c.AddNote(CaseBuilder.Clerk, Now.AddHours(1), new string('x', TextLimits.Text));
    }

    [Theory]
    [InlineData(1999, 12, 31)]
    [InlineData(2036, 3, 3)]
    [InlineData(9999, 12, 31)]
    public void An_interim_reply_expected_implausibly_is_refused(int year, int month, int day)
    {
        var error = Assert.Throws<CaseValidationException>(() =>
            CaseBuilder.New().InterimReply(CaseBuilder.Clerk, Now.AddHours(1), "正在处理", new DateOnly(year, month, day)));

        Assert.Contains("expectedBy", error.Errors.Keys);
    }

    [Fact]
    public void A_text_with_the_nul_character_is_refused()
    {
        var input = new NewCase(Guid.NewGuid(), CaseKind.Complaint, Channel.Phone, "房间\0不干净", "床单\0有污渍", Place: "12\008");

        Assert.Equal(["description", "place", "title"], input.Validate(Now).Keys.Order());
    }
}
