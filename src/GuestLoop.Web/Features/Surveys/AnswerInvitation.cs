using GuestLoop.Domain.Surveys;
using GuestLoop.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Surveys;

/// <summary>Finds an invitation by its link and stores the guest's answers, once.</summary>
public sealed class AnswerInvitation(GuestLoopDbContext db, TimeProvider clock)
{
    public async Task<(SurveyInvitation Invitation, SurveyTemplateRecord Template)?> FindAsync(string token, CancellationToken ct)
    {
        if (token.Length is <= 16 or >= 64)
        {
            return null;
        }

        var invitation = await db.SurveyInvitations.SingleOrDefaultAsync(i => i.Token == token, ct);
        return invitation is null
            ? null
            : (invitation, await db.SurveyTemplates.AsNoTracking().SingleAsync(t => t.Id == invitation.TemplateId, ct));
    }

    public async Task AnswerAsync(SurveyInvitation invitation, SurveyTemplateRecord template, IReadOnlyDictionary<string, string?> answers,
        CancellationToken ct)
    {
        invitation.Answer(template.ToTemplate(), answers, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException e) when (e.Entries.Any(x => x.Entity is SurveyInvitation))
        {
            // Another answer to the same link was saved first.
            throw new SurveyClosedException(SurveyState.Answered);
        }
    }
}
