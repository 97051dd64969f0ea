namespace GuestLoop.Web.Features.Mail;

/// <summary>The <c>GuestLoop:Mail</c> settings of the mailbox poll.</summary>
public sealed class MailOptions
{
    public const string Section = "GuestLoop:Mail";

    /// <summary>Run the poll on this instance; every instance may, a lease per mailbox keeps them apart.</summary>
    public bool Enabled { get; set; } = true;

    public int IntervalSeconds { get; set; } = 60;

    /// <summary>How long an instance holds a mailbox while reading it; a crashed instance's lease runs out after this.</summary>
    public int LeaseSeconds { get; set; } = 300;

    /// <summary>At most this many messages per mailbox and round; the rest wait for the next round.</summary>
    public int MaxMessagesPerRound { get; set; } = 50;

    public TimeSpan Interval => TimeSpan.FromSeconds(IntervalSeconds);

    public bool IsValid => IntervalSeconds > 0 && LeaseSeconds > 0 && MaxMessagesPerRound > 0;
}
