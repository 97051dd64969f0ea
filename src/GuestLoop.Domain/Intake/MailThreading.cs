using System.Text.RegularExpressions;

namespace GuestLoop.Domain.Intake;

/// <summary>
/// How a received mail finds the case it answers: by the Message-Ids it refers to (In-Reply-To, then References,
/// nearest first), or by a case number in its subject.
/// </summary>
public static partial class MailThreading
{
    public const int MessageIdMax = 250;

    /// <summary>The Message-Ids a mail refers to, without angle brackets, nearest first, each once.</summary>
    public static IReadOnlyList<string> ReferencedIds(string? inReplyTo, string? references)
    {
        var ids = new List<string>();
        foreach (var source in new[] { inReplyTo, references })
        {
            if (string.IsNullOrWhiteSpace(source))
            {
                continue;
            }

            // References lists the oldest first; the nearest parent is the most telling.
            foreach (var match in AngleId().Matches(source).Reverse())
            {
                var id = Normalise(match.Groups[1].Value);
                if (id is not null && !ids.Contains(id))
                {
                    ids.Add(id);
                }
            }
        }

        return ids;
    }

    /// <summary>A Message-Id as stored: without brackets and spaces, at most <see cref="MessageIdMax"/> characters; null when empty.</summary>
    public static string? Normalise(string? messageId)
    {
        var id = messageId?.Trim().Trim('<', '>').Trim();
        return string.IsNullOrEmpty(id) || id.Length > MessageIdMax || id.Any(char.IsWhiteSpace) ? null : id;
    }

    /// <summary>A case number in the subject (DEMO-HOTEL-261122-007), in upper case; null when there is none.</summary>
    public static string? CaseNumberIn(string? subject)
    {
        var match = subject is null ? null : CaseNumber().Match(subject);
        return match is { Success: true } ? match.Value.ToUpperInvariant() : null;
    }

    /// <summary>The subject without reply and forward prefixes ("Re: 回复: Fwd: x" → "x").</summary>
    public static string CleanSubject(string? subject)
    {
        var s = (subject ?? string.Empty).Trim();
        Match m;
        while ((m = ReplyPrefix().Match(s)).Success)
        {
            s = s[m.Length..].TrimStart();
        }

        return s;
    }

    [GeneratedRegex(@"<([^<>\s]+)>")]
    private static partial Regex AngleId();

    [GeneratedRegex(@"(?<![A-Za-z0-9-])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*-\d{6}-\d{3,}(?![A-Za-z0-9])")]
    private static partial Regex CaseNumber();

    [GeneratedRegex(@"^(?:re|fw|fwd|aw|wg|sv|回复|答复|转发)\s*(?:\[\d+\])?\s*[:：]", RegexOptions.IgnoreCase)]
    private static partial Regex ReplyPrefix();
}
