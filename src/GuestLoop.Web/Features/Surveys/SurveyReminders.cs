using GuestLoop.Domain.Customers;
using GuestLoop.Domain.Surveys;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Cases;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Surveys;

/// <summary>
/// The surveys whose reminder is due now, for the sender of e-mail and text messages, and its receipt. Guests who withdrew
/// their consent to surveys are left out; contacts are masked for callers who do not see clear values.
/// </summary>
public sealed class SurveyReminders(GuestLoopDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<SurveyReminderJson>> DueAsync(AccessScope scope, int limit, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var cases = db.Cases.VisibleTo(scope);
        var rows = await db.Surveys.AsNoTracking()
            .Where(s => s.AnsweredAt == null && s.NextReminderAt != null && s.NextReminderAt <= now && s.ExpiresAt > now)
            .OrderBy(s => s.NextReminderAt)
            .Join(cases, s => s.CaseId, c => c.Id, (s, c) => new
            {
                Survey = s, c.Number, c.GuestId, c.Complainant.Name, c.Complainant.Phone, c.Complainant.Email,
            })
            .Take(limit)
            .ToListAsync(ct);
        var withdrawn = await WithdrawnAsync(db, rows.Select(r => r.GuestId), ct);
        var clear = scope.SeesClearValues;
        return rows.Where(r => r.GuestId is not { } guest || !withdrawn.Contains(guest))
            .OrderBy(r => r.Survey.NextReminderAt)
            .Select(r => new SurveyReminderJson(r.Survey.Id, r.Survey.CaseId, r.Number, SurveyJson.LinkOf(r.Survey),
                r.Survey.RemindersSent + 1, r.Survey.NextReminderAt!.Value, r.Survey.ExpiresAt, new CustomerJson(r.Name, r.Phone, r.Email).MaskedUnless(clear)))
            .ToList();
    }

    /// <summary>Of these guests, those who withdrew their consent to surveys: one query for a whole list of reminders.</summary>
    public static async Task<HashSet<Guid>> WithdrawnAsync(GuestLoopDbContext db, IEnumerable<Guid?> guestIds, CancellationToken ct)
    {
        var ids = guestIds.OfType<Guid>().Distinct().ToList();
        return ids.Count == 0
            ? []
            : (await db.Guests.AsNoTracking().Where(g => ids.Contains(g.Id)).ToListAsync(ct))
                .Where(g => !g.MayBeContactedFor(ConsentPurpose.Surveys)).Select(g => g.Id).ToHashSet();
    }

    /// <summary>The sender reminded the guest; the survey moves on to its next reminder, if any.</summary>
    public async Task<Survey> RecordSentAsync(Guid surveyId, AccessScope scope, CancellationToken ct)
    {
        var survey = await db.Surveys.Where(s => s.Id == surveyId && db.Cases.VisibleTo(scope).Any(c => c.Id == s.CaseId)).SingleOrDefaultAsync(ct)
            ?? throw new CaseNotFoundException();
        var now = clock.GetUtcNow();
        survey.RecordReminderSent(now);
        var @case = await db.Cases.Include(c => c.History).SingleAsync(c => c.Id == survey.CaseId, ct);
        @case.RecordSurveyReminder(scope.Actor, now, survey.RemindersSent, "manual", null);
        await db.SaveChangesAsync(ct);
        return survey;
    }
}
