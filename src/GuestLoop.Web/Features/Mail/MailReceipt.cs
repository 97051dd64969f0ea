namespace GuestLoop.Web.Features.Mail;

/// <summary>
/// One message read from a mailbox, stored with what became of it. The unique index on mailbox and message key
/// (its Message-Id, or its UID when it has none) makes sure a message is taken once, even after a crash mid-poll
/// or with several instances.
/// </summary>
public sealed class MailReceipt
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid MailboxId { get; set; }
    public required string MessageKey { get; set; }
    public long Uid { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>created, threaded or dropped:&lt;reason&gt;.</summary>
    public required string Outcome { get; set; }
    public Guid? CaseId { get; set; }
    public string? Note { get; set; }
}

/// <summary>A Message-Id of a mail received or sent on a case, so that a reply referring to it lands on the case.</summary>
public sealed class CaseMessageId
{
    public required string MessageId { get; set; }
    public Guid CaseId { get; set; }
    public bool Outgoing { get; set; }
    public DateTimeOffset At { get; set; }
}
