namespace GuestLoop.Domain.Surveys;

/// <summary>
/// The satisfaction survey sent with a written reply: one private link per case cycle, answered once,
/// open until it expires, with reminders while it waits.
/// </summary>
public sealed class Survey
{
    private Survey()
    {
        Token = string.Empty;
        ReminderOffsets = [];
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }

    /// <summary>The handling cycle of the case the survey asks about: 0, then one more per reopening.</summary>
    public int Cycle { get; private set; }

    /// <summary>Private token of the link /survey/{token}.</summary>
    public string Token { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>When to remind the guest, counted from <see cref="CreatedAt"/>.</summary>
    public IReadOnlyList<TimeSpan> ReminderOffsets { get; private set; }

    public int RemindersSent { get; private set; }
    public DateTimeOffset? NextReminderAt { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public int? Csat { get; private set; }
    public int? Nps { get; private set; }
    public string? Comment { get; private set; }

    public bool? Unsatisfied => Csat is { } csat ? SurveyAnswer.IsUnsatisfied(csat) : null;
    public NpsCategory? NpsCategory => Nps is { } nps ? SurveyAnswer.Categorize(nps) : null;

    public static Survey Issue(Guid caseId, int cycle, string token, DateTimeOffset now, SurveySchedule? schedule = null)
    {
        var plan = schedule ?? SurveySchedule.Default;
        plan.Validate();
        if (string.IsNullOrWhiteSpace(token))
        {
            throw new ArgumentException("A survey needs a token.", nameof(token));
        }

        var survey = new Survey
        {
            Id = Guid.NewGuid(),
            CaseId = caseId,
            Cycle = cycle,
            Token = token,
            CreatedAt = now,
            ExpiresAt = now + plan.Lifetime,
            ReminderOffsets = plan.Reminders.ToList(),
        };
        survey.NextReminderAt = survey.ReminderAfter(now);
        return survey;
    }

    public SurveyState StateAt(DateTimeOffset now) =>
        AnsweredAt is not null ? SurveyState.Answered : now >= ExpiresAt ? SurveyState.Expired : SurveyState.Open;

    public bool IsReminderDue(DateTimeOffset now) => StateAt(now) == SurveyState.Open && NextReminderAt <= now;

    /// <summary>Stores the guest's answer; a link takes one answer and none after it expires.</summary>
    public void Answer(DateTimeOffset now, SurveyAnswer answer)
    {
        var errors = answer.Validate();
        errors.ThrowIfAny();

        var state = StateAt(now);
        if (state != SurveyState.Open)
        {
            throw new SurveyClosedException(state);
        }

        AnsweredAt = now;
        Csat = answer.Csat;
        Nps = answer.Nps;
        Comment = string.IsNullOrWhiteSpace(answer.Comment) ? null : answer.Comment.Trim();
        NextReminderAt = null;
    }

    /// <summary>The sender reminded the guest; the next reminder is the first one still ahead.</summary>
    public void RecordReminderSent(DateTimeOffset now)
    {
        var state = StateAt(now);
        if (state != SurveyState.Open)
        {
            throw new SurveyClosedException(state);
        }

        if (!IsReminderDue(now))
        {
            throw new SurveyReminderException("No reminder is due for this survey yet.");
        }

        RemindersSent++;
        NextReminderAt = ReminderAfter(now);
    }

    /// <summary>A newer survey of the same case replaces this one: its link stops taking answers now.</summary>
    public void Supersede(DateTimeOffset now)
    {
        if (StateAt(now) != SurveyState.Open)
        {
            return;
        }

        ExpiresAt = now;
        NextReminderAt = null;
    }

    private DateTimeOffset? ReminderAfter(DateTimeOffset now) =>
        ReminderOffsets.Select(o => CreatedAt + o).Where(at => at > now && at < ExpiresAt).Cast<DateTimeOffset?>().FirstOrDefault();
}
