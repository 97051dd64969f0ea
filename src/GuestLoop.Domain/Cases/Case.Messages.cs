using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Cases;

/// <summary>What passes between the guest and the enterprise outside the lifecycle steps: their messages, our replies sent.</summary>
public sealed partial class Case
{
    public const int MessageMax = 10_000;

    /// <summary>A further message from the guest on the case (a reply mail); kept whatever the state, shown on the tracking page.</summary>
    public void RecordGuestMessage(Actor guest, DateTimeOffset now, string way, string text)
    {
        RequireText("text", text);
        var detail = $"{way}: {text.Trim()}";
        Record(now, guest, CaseAction.GuestMessage, detail.Length > MessageMax ? detail[..MessageMax] : detail, isPublic: true);
    }

    /// <summary>A written reply went out to the guest by e-mail or text message; shown on the tracking page.</summary>
    public void RecordReplySent(Actor actor, DateTimeOffset now, string way, string recipient)
    {
        RequireText("way", way);
        RequireText("recipient", recipient);
        if (_replies.Count == 0)
        {
            throw CaseValidationException.For("reply", "There is no written reply to send yet.");
        }

        Record(now, actor, CaseAction.ReplySent, $"{way}: {recipient}", isPublic: true);
    }

    /// <summary>
    /// The survey's reminder number <paramref name="reminder"/> reached the guest: by e-mail or text message to the
    /// (masked) recipient, or by hand when staff record it. Internal: the guest does not need it on the tracking page.
    /// </summary>
    public void RecordSurveyReminder(Actor actor, DateTimeOffset now, int reminder, string way, string? recipient)
    {
        RequireText("way", way);
        if (reminder < 1)
        {
            throw CaseValidationException.For("reminder", "Reminders are counted from 1.");
        }

        Record(now, actor, CaseAction.SurveyReminder, recipient is null ? $"#{reminder} {way}" : $"#{reminder} {way}: {recipient}");
    }
}
