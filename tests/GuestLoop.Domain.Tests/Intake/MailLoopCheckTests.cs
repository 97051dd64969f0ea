using GuestLoop.Domain.Intake;

namespace GuestLoop.Domain.Tests.Intake;

public sealed class MailLoopCheckTests
{
    private const string Own = "service@hotel.example";

    private static MailDropReason? Check(string? from, params (string Name, string Value)[] headers) =>
        MailLoopCheck.Check(from, name => headers.Where(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase))
            .Select(h => h.Value).FirstOrDefault(), [Own]);

    [Fact]
    public void A_guest_writing_by_hand_is_taken()
    {
        Assert.Null(Check("li.lei@example.com", ("Subject", "房间空调坏了")));
    }

    [Fact]
    public void Auto_submitted_no_is_a_person_anything_else_is_a_machine()
    {
        Assert.Null(Check("li.lei@example.com", ("Auto-Submitted", "no")));
        Assert.Null(Check("li.lei@example.com", ("Auto-Submitted", " No (manually sent)")));
        Assert.Equal(MailDropReason.AutoSubmitted, Check("li.lei@example.com", ("Auto-Submitted", "auto-replied")));
        Assert.Equal(MailDropReason.AutoSubmitted, Check("li.lei@example.com", ("auto-submitted", "auto-generated; owner-email=x@y")));
    }

    [Theory]
    [InlineData("X-Autoreply", "yes")]
    [InlineData("X-Autorespond", "Out of office")]
    [InlineData("X-Auto-Response-Suppress", "All")]
    public void Out_of_office_markers_are_dropped(string header, string value)
    {
        Assert.Equal(MailDropReason.AutoReply, Check("li.lei@example.com", (header, value)));
    }

    [Theory]
    [InlineData("bulk")]
    [InlineData("junk")]
    [InlineData("List")]
    public void Bulk_junk_and_list_precedence_is_dropped(string precedence)
    {
        Assert.Equal(MailDropReason.BulkPrecedence, Check("li.lei@example.com", ("Precedence", precedence)));
    }

    [Fact]
    public void First_class_precedence_is_a_person()
    {
        Assert.Null(Check("li.lei@example.com", ("Precedence", "first-class")));
    }

    [Fact]
    public void Mailing_list_traffic_is_dropped()
    {
        Assert.Equal(MailDropReason.MailingList, Check("li.lei@example.com", ("List-Id", "<travellers.lists.example>")));
    }

    [Theory]
    [InlineData("MAILER-DAEMON@mx.example.com")]
    [InlineData("postmaster@example.com")]
    [InlineData("no-reply@ota.example")]
    public void Bounces_and_robots_are_dropped(string from)
    {
        Assert.Equal(MailDropReason.DeliveryDaemon, Check(from));
    }

    [Fact]
    public void Our_own_mail_coming_back_is_dropped_whatever_the_case_of_the_address()
    {
        Assert.Equal(MailDropReason.OwnAddress, Check("Service@Hotel.Example"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("undisclosed")]
    public void Mail_without_a_sender_address_is_dropped(string? from)
    {
        Assert.Equal(MailDropReason.NoSender, Check(from));
    }
}
