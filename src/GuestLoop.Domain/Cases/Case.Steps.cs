using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Cases;

/// <summary>The lifecycle steps of a case, one method each.</summary>
public sealed partial class Case
{
    /// <param name="reason">Why the severity or the required authority goes down; required then (DESIGN §2).</param>
    public void Triage(Actor actor, DateTimeOffset now, Category category, Severity severity, CaseObject? caseObject,
        Assessment assessment, bool businessMatter, string? reason = null)
    {
        if (category == Category.Unclassified)
        {
            throw CaseValidationException.For("category", "Triage needs a category.");
        }

        foreach (var (field, value) in assessment.Scales())
        {
            if (value is < Assessment.Min or > Assessment.Max)
            {
                throw CaseValidationException.For(field, $"Must be between {Assessment.Min} and {Assessment.Max}.");
            }
        }

        var (severityBefore, requiredBefore) = (Severity, RequiredAuthority);
        var lowers = CaseLifecycle.Lowers(severityBefore, requiredBefore, severity, CaseLifecycle.RequiredAuthority(severity, businessMatter));
        if (lowers)
        {
            // Only the level the case now needs may take it away from that level, and it says why.
            if (!actor.Authority.Covers(requiredBefore))
            {
                throw new AuthorityException(actor.Authority, requiredBefore, CaseAction.LowerSeverity);
            }

            RequireText("reason", reason);
        }

        var before = $"{Category}/{Severity}";
        Move(actor, now, CaseAction.Triage, $"{category}/{severity}", isPublic: true, beforeDetail: before, apply: () =>
        {
            Category = category;
            Severity = severity;
            Object = caseObject;
            Assessment = assessment;
            BusinessMatter = businessMatter;
        });
        if (lowers)
        {
            Record(now, actor, CaseAction.LowerSeverity, reason, $"{severityBefore}/{requiredBefore}", $"{Severity}/{RequiredAuthority}");
        }
    }

    public void StartInvestigation(Actor actor, DateTimeOffset now) =>
        Move(actor, now, CaseAction.StartInvestigation, null, isPublic: true);

    /// <summary>A finding of the investigation before the plan: what was confirmed with the guest and what they expect.</summary>
    public void RecordFinding(Actor actor, DateTimeOffset now, string finding)
    {
        Guard(CaseAction.RecordFinding);
        RequireText("text", finding);
        Record(now, actor, CaseAction.RecordFinding, finding);
    }

    public void ProposePlan(Actor actor, DateTimeOffset now, string findings, ResponsibilityDetermination responsibility, string plan)
    {
        RequireText("findings", findings);
        RequireText("plan", plan);
        Move(actor, now, CaseAction.ProposePlan, plan, apply: () =>
        {
            Findings = findings;
            Responsibility = responsibility;
            Plan = plan;
        });
    }

    public void ApprovePlan(Actor actor, DateTimeOffset now, string? note) =>
        Move(actor, now, CaseAction.ApprovePlan, note, isPublic: true, apply: () => PlanDecisionNote = note);

    public void RejectPlan(Actor actor, DateTimeOffset now, string reason)
    {
        RequireText("reason", reason);
        Move(actor, now, CaseAction.RejectPlan, reason, apply: () => PlanDecisionNote = reason);
    }

    public void StartExecution(Actor actor, DateTimeOffset now, string? note) =>
        Move(actor, now, CaseAction.StartExecution, note, isPublic: true);

    /// <summary>The written reply: findings, measures and their effect, thanks and apology.</summary>
    public void Reply(Actor actor, DateTimeOffset now, string text)
    {
        RequireText("text", text);
        Move(actor, now, CaseAction.Reply, text, isPublic: true,
            apply: () => _replies.Add(new CaseReply(now, actor.StaffId, actor.Name, text, interim: false, expectedBy: null)));
    }

    /// <summary>A reply for a case not solved at once: the reason and the expected date; the status stays.</summary>
    public void InterimReply(Actor actor, DateTimeOffset now, string text, DateOnly expectedBy)
    {
        RequireText("text", text);
        if (PlausibleDates.Due(expectedBy, now) is { } expectedError)
        {
            throw CaseValidationException.For("expectedBy", expectedError);
        }

        Guard(CaseAction.InterimReply);
        _replies.Add(new CaseReply(now, actor.StaffId, actor.Name, text, interim: true, expectedBy));
        Record(now, actor, CaseAction.InterimReply, $"{text} ({expectedBy:yyyy-MM-dd})", isPublic: true);
    }

    /// <summary>Records the follow-up visit; an unsatisfied guest reopens the case.</summary>
    public void RecordFollowUp(Actor actor, DateTimeOffset now, FollowUpRecord followUp)
    {
        if (followUp.Satisfaction is < 1 or > 5)
        {
            throw CaseValidationException.For("satisfaction", "Satisfaction is between 1 and 5.");
        }

        RequireText("way", followUp.Way);
        if (!FollowUpRecord.Ways.Contains(followUp.Way))
        {
            throw CaseValidationException.For("way", $"One of {string.Join("|", FollowUpRecord.Ways)}.");
        }

        Move(actor, now, CaseAction.RecordFollowUp, $"{followUp.Way}: {followUp.Satisfaction}/5 {followUp.Note}".Trim(),
            apply: () => FollowUp = followUp);
        if (!followUp.Satisfied)
        {
            Reopen(actor, now, "The guest was not satisfied at follow-up.");
        }
    }

    public void Close(Actor actor, DateTimeOffset now, string? summary) =>
        Move(actor, now, CaseAction.Close, summary, isPublic: true, apply: () =>
        {
            ClosingSummary = summary;
            ClosedAt = now;
        });

    /// <summary>Closes an open case as spam from any status, at the authority a complaint's closure needs; the reason is kept.</summary>
    public void CloseAsSpam(Actor actor, DateTimeOffset now, string reason)
    {
        RequireText("reason", reason);
        Move(actor, now, CaseAction.CloseAsSpam, reason, apply: () =>
        {
            ClosingSummary = reason.Trim();
            ClosedAt = now;
        });
    }

    public void Reopen(Actor actor, DateTimeOffset now, string reason)
    {
        RequireText("reason", reason);
        Guard(CaseAction.Reopen);
        Move(actor, now, CaseAction.Reopen, reason, isPublic: true, apply: () =>
        {
            ReopenCount++;
            ClosedAt = null;
            CycleStartedAt = now;
        });
    }
}
