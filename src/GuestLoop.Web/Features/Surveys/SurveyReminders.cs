using GuestLoop.Domain.Surveys;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Cases;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Surveys;

/// <summary>The surveys whose reminder is due now, for the sender of e-mail and text messages, and its receipt.</summary>
public sealed class SurveyReminders(GuestLoopDbContext db, CaseWorkflow workflow, TimeProvider clock)
{
    public async Task<IReadOnlyList<SurveyReminderJson>> DueAsync(AccessScope scope, int limit, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var cases = workflow.Visible(scope);
        var rows = await db.Surveys.AsNoTracking()
            .Where(s => s.AnsweredAt == null && s.NextReminderAt != null && s.NextReminderAt <= now && s.ExpiresAt > now)
            .OrderBy(s => s.NextReminderAt)
            .Join(cases, s => s.CaseId, c => c.Id, (s, c) => new
            {
                Survey = s, c.Number, c.Complainant.Name, c.Complainant.Phone, c.Complainant.Email,
            })
            .Take(limit)
            .ToListAsync(ct);
        return rows.OrderBy(r => r.Survey.NextReminderAt)
            .Select(r => new SurveyReminderJson(r.Survey.Id, r.Survey.CaseId, r.Number, SurveyJson.LinkOf(r.Survey),
                r.Survey.RemindersSent + 1, r.Survey.NextReminderAt!.Value, r.Survey.ExpiresAt, new CustomerJson(r.Name, r.Phone, r.Email)))
            .ToList();
    }

    /// <summary>The sender reminded the guest; the survey moves on to its next reminder, if any.</summary>
    public async Task<Survey> RecordSentAsync(Guid surveyId, AccessScope scope, CancellationToken ct)
    {
        var survey = await db.Surveys.Where(s => s.Id == surveyId && workflow.Visible(scope).Any(c => c.Id == s.CaseId)).SingleOrDefaultAsync(ct)
            ?? throw new CaseNotFoundException();
        survey.RecordReminderSent(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return survey;
    }
}
