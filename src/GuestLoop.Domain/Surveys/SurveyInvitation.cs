namespace GuestLoop.Domain.Surveys;

/// <summary>One question's answer as the guest gave it (a number, an option or text), keyed by the question's key.</summary>
public sealed record SurveyInvitationAnswer(string QuestionKey, string Value);

/// <summary>
/// A template's survey sent to one guest after an occasion: one private link, answered once, with one reminder
/// <see cref="ReminderDueAt"/> if the guest has not answered by then.
/// </summary>
public sealed class SurveyInvitation
{
    private readonly List<SurveyInvitationAnswer> _answers = [];

    private SurveyInvitation()
    {
        Token = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid TemplateId { get; private set; }
    public Guid PropertyId { get; private set; }
    public Guid GuestId { get; private set; }
    public SurveyOccasion Occasion { get; private set; }

    /// <summary>The stay, tour or booking the survey asks about, as the PMS or ticketing system names it.</summary>
    public string? VisitReference { get; private set; }

    /// <summary>Private token of the guest's link.</summary>
    public string Token { get; private set; }

    public DateTimeOffset SentAt { get; private set; }
    public DateTimeOffset? ReminderDueAt { get; private set; }
    public DateTimeOffset? RemindedAt { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public IReadOnlyList<SurveyInvitationAnswer> Answers => _answers;

    public static SurveyInvitation Send(Guid templateId, Guid propertyId, Guid guestId, SurveyOccasion occasion, string? visitReference,
        string token, DateTimeOffset now, int reminderAfterDays)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            throw new ArgumentException("An invitation needs a token.", nameof(token));
        }

        return new SurveyInvitation
        {
            Id = Guid.CreateVersion7(),
            TemplateId = templateId,
            PropertyId = propertyId,
            GuestId = guestId,
            Occasion = occasion,
            VisitReference = string.IsNullOrWhiteSpace(visitReference) ? null : visitReference.Trim(),
            Token = token,
            SentAt = now,
            ReminderDueAt = reminderAfterDays > 0 ? now.AddDays(reminderAfterDays) : null,
        };
    }

    public bool IsReminderDue(DateTimeOffset now) => AnsweredAt is null && RemindedAt is null && ReminderDueAt <= now;

    /// <summary>Stores the guest's answers, each checked against its question; a link takes one answer.</summary>
    public void Answer(SurveyTemplate template, IReadOnlyDictionary<string, string?> answers, DateTimeOffset now)
    {
        if (AnsweredAt is not null)
        {
            throw new SurveyClosedException(SurveyState.Answered);
        }

        template.Check(answers).ThrowIfAny();
        AnsweredAt = now;
        ReminderDueAt = null;
        _answers.AddRange(template.Questions
            .Select(q => (q.Key, Value: answers.GetValueOrDefault(q.Key)?.Trim()))
            .Where(a => !string.IsNullOrEmpty(a.Value))
            .Select(a => new SurveyInvitationAnswer(a.Key, a.Value!)));
    }

    /// <summary>
    /// The guest was erased: their own words (text answers) and the visit reference go; ratings, choices and NPS stay
    /// for the figures, as a case's kind and dates stay. No reminder follows.
    /// </summary>
    public void ForgetGuest(SurveyTemplate template)
    {
        var texts = template.Questions.Where(q => q.Kind == SurveyQuestionKind.Text).Select(q => q.Key).ToHashSet();
        _answers.RemoveAll(a => texts.Contains(a.QuestionKey));
        VisitReference = null;
        ReminderDueAt = null;
    }

    /// <summary>The guest was reminded once; there is no second reminder.</summary>
    public void RecordReminder(DateTimeOffset now)
    {
        if (!IsReminderDue(now))
        {
            throw new SurveyReminderException("No reminder is due for this survey.");
        }

        RemindedAt = now;
        ReminderDueAt = null;
    }
}
