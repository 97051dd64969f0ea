namespace GuestLoop.Web.Features.Mail;

/// <summary>How the connection to the mail server is secured.</summary>
public enum MailTls
{
    /// <summary>TLS from the first byte (IMAPS, usually port 993).</summary>
    Implicit,

    /// <summary>Plain connection upgraded with STARTTLS, refused if the server cannot.</summary>
    StartTls,

    /// <summary>No encryption: only for a server on the same machine or network.</summary>
    None,
}

/// <summary>
/// A property's guest mailbox, read over IMAP: new mail opens cases, replies continue them. The password is kept
/// encrypted with the data-protection keys. The poll state says how the last attempts went and when the next is;
/// the lease lets one app instance at a time read the mailbox.
/// </summary>
public sealed class Mailbox
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public Guid PropertyId { get; set; }
    public required string Host { get; set; }
    public int Port { get; set; } = 993;
    public MailTls Tls { get; set; }
    public required string UserName { get; set; }
    public required string ProtectedPassword { get; set; }
    public string Folder { get; set; } = "INBOX";

    /// <summary>The address guests write to; mail from it is our own coming back.</summary>
    public required string Address { get; set; }

    public bool Enabled { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastSuccessAt { get; set; }
    public DateTimeOffset? LastErrorAt { get; set; }
    public string? LastError { get; set; }
    public int ConsecutiveFailures { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>The highest IMAP UID read, under <see cref="UidValidity"/>; a new validity starts over (receipts prevent doubles).</summary>
    public long LastUid { get; set; }
    public long UidValidity { get; set; }

    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
}
