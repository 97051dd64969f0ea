using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Customers;
using GuestLoop.Domain.Surveys;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Cases;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Surveys;

/// <summary>
/// Creates the survey of a written reply: one per case cycle, so a reopened and re-replied case gets a new link
/// and the older one stops taking answers. Saved by the caller, with the reply.
/// </summary>
public sealed class IssueSurvey(GuestLoopDbContext db, SurveySchedule schedule)
{
    public async Task<Survey?> IssueAsync(Case @case, DateTimeOffset now, CancellationToken ct)
    {
        if (@case.GuestId is { } guestId
            && await db.Guests.AsNoTracking().SingleOrDefaultAsync(g => g.Id == guestId, ct) is { } guest
            && !guest.MayBeContactedFor(ConsentPurpose.Surveys))
        {
            // The guest withdrew consent to surveys: no link is made, so none is sent, offered or reminded.
            return null;
        }

        var existing = await db.Surveys.Where(s => s.CaseId == @case.Id).ToListAsync(ct);
        if (existing.Any(s => s.Cycle == @case.ReopenCount))
        {
            return null;
        }

        existing.ForEach(s => s.Supersede(now));
        var survey = Survey.Issue(@case.Id, @case.ReopenCount, CaseWorkflow.NewTrackingToken(), now, schedule);
        db.Surveys.Add(survey);
        return survey;
    }
}
