using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Cases;

/// <summary>The guest's satisfaction survey as it lands on the case.</summary>
public sealed partial class Case
{
    /// <summary>The follow-up way recorded when the guest answers the survey link.</summary>
    public const string SurveyWay = "survey";

    /// <summary>
    /// When the case waits for its follow-up, the answer is that follow-up, so an unsatisfied guest reopens the case
    /// exactly as after a follow-up visit. Otherwise the answer is kept in the history, and an unsatisfied guest
    /// still reopens a case that can be reopened now.
    /// </summary>
    public void RecordSurveyAnswer(Actor guest, DateTimeOffset now, int csat, int? nps, string? comment)
    {
        var note = string.Join(" ", new[] { nps is { } n ? $"NPS {n}/10" : null, comment }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var followUp = new FollowUpRecord(SurveyWay, csat, note.Length == 0 ? null : note);
        if (CanDoNow(CaseAction.RecordFollowUp))
        {
            RecordFollowUp(guest, now, followUp);
            return;
        }

        if (csat is < 1 or > 5)
        {
            throw CaseValidationException.For("satisfaction", "Satisfaction is between 1 and 5.");
        }

        Record(now, guest, CaseAction.AnswerSurvey, $"{SurveyWay}: {csat}/5 {followUp.Note}".Trim(), isPublic: true);
        if (!followUp.Satisfied && CanDoNow(CaseAction.Reopen))
        {
            Reopen(guest, now, "The guest was not satisfied in the survey.");
        }
    }

    /// <summary>Leaves a mark in the history for the head of the case's department (who is named in the detail).</summary>
    public void AlertDepartmentHead(Actor actor, DateTimeOffset now, string detail)
    {
        RequireText("detail", detail);
        Record(now, actor, CaseAction.AlertDepartmentHead, detail);
    }
}
