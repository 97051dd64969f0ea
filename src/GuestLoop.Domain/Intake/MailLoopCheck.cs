namespace GuestLoop.Domain.Intake;

/// <summary>Why a received mail was dropped instead of opening or continuing a case.</summary>
public enum MailDropReason
{
    AutoSubmitted,
    AutoReply,
    BulkPrecedence,
    MailingList,
    DeliveryDaemon,
    OwnAddress,
    NoSender,
}

/// <summary>
/// Recognises mail no guest wrote — out-of-office answers, bounces, list traffic, and our own mail coming back —
/// so that answering it can never start a loop of automatic replies (RFC 3834).
/// </summary>
public static class MailLoopCheck
{
    private static readonly string[] DaemonLocalParts = ["mailer-daemon", "postmaster", "noreply", "no-reply", "do-not-reply", "donotreply"];

    /// <param name="fromAddress">The address in the From header.</param>
    /// <param name="header">The value of a header by its name (case-insensitive), or null when absent.</param>
    /// <param name="ownAddresses">The mailbox's own addresses: mail from them is our own, come back.</param>
    public static MailDropReason? Check(string? fromAddress, Func<string, string?> header, IEnumerable<string> ownAddresses)
    {
        if (string.IsNullOrWhiteSpace(fromAddress) || !fromAddress.Contains('@'))
        {
            return MailDropReason.NoSender;
        }

        var from = fromAddress.Trim();
        if (ownAddresses.Any(a => string.Equals(a?.Trim(), from, StringComparison.OrdinalIgnoreCase)))
        {
            return MailDropReason.OwnAddress;
        }

        var local = from[..from.IndexOf('@')].ToLowerInvariant();
        if (DaemonLocalParts.Contains(local))
        {
            return MailDropReason.DeliveryDaemon;
        }

        if (header("Auto-Submitted") is { } autoSubmitted && !string.Equals(Token(autoSubmitted), "no", StringComparison.OrdinalIgnoreCase))
        {
            return MailDropReason.AutoSubmitted;
        }

        if (header("X-Autoreply") is not null || header("X-Autorespond") is not null || header("X-Auto-Response-Suppress") is { } suppress
            && suppress.Contains("All", StringComparison.OrdinalIgnoreCase))
        {
            return MailDropReason.AutoReply;
        }

        if (header("Precedence") is { } precedence && Token(precedence).ToLowerInvariant() is "bulk" or "junk" or "list" or "auto_reply")
        {
            return MailDropReason.BulkPrecedence;
        }

        if (header("List-Id") is not null || header("List-Unsubscribe") is not null)
        {
            return MailDropReason.MailingList;
        }

        return null;
    }

    /// <summary>The keyword of a header value, without parameters or comments ("auto-replied; owner=…" → "auto-replied").</summary>
    private static string Token(string value)
    {
        var end = value.IndexOfAny([';', '(']);
        return (end < 0 ? value : value[..end]).Trim();
    }
}
