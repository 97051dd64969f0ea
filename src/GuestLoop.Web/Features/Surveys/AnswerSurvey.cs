using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Organisation;
using GuestLoop.Domain.Sla;
using GuestLoop.Domain.Surveys;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Surveys;

/// <summary>
/// Stores the guest's answer and records it on the case (a follow-up with way "survey" when one is due, so an
/// unsatisfied guest reopens the case), with the department head's alert — all in one transaction.
/// </summary>
public sealed class AnswerSurvey(GuestLoopDbContext db, CaseWorkflow workflow, TimeProvider clock)
{
    public Task<Survey?> FindAsync(string token, CancellationToken ct) =>
        token.Length is > 16 and < 64 ? db.Surveys.SingleOrDefaultAsync(s => s.Token == token, ct) : Task.FromResult<Survey?>(null);

    public async Task AnswerAsync(Survey survey, SurveyAnswer answer, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        survey.Answer(now, answer);
        var @case = await db.Cases
            .Include(c => c.History).Include(c => c.Replies).Include(c => c.Pauses).AsSplitQuery()
            .SingleAsync(c => c.Id == survey.CaseId, ct);
        @case.RecordSurveyAnswer(Actor.Guest(@case.Complainant.Name), now, answer.Csat!.Value, answer.Nps, survey.Comment);
        if (survey.Unsatisfied == true)
        {
            await OnUnsatisfiedAsync(@case, survey, now, ct);
        }

        var property = await db.Properties.AsNoTracking().SingleAsync(p => p.Id == @case.PropertyId, ct);
        await workflow.RefreshDeadlinesAsync(@case, property, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException e) when (e.Entries.Any(x => x.Entity is Survey))
        {
            // Another answer to the same link was saved first.
            throw new SurveyClosedException(SurveyState.Answered);
        }

        await tx.CommitAsync(ct);
    }

    /// <summary>
    /// The one place that alerts the department head of an unsatisfied answer: the head of the case's department,
    /// or of the service-quality office when the case has none. The alert is an internal history entry naming the
    /// head and a notification to them (bell and email), delivered at once, in the same transaction as the answer.
    /// </summary>
    public async Task OnUnsatisfiedAsync(Case @case, Survey survey, DateTimeOffset now, CancellationToken ct)
    {
        var department = @case.DepartmentId is { } id
            ? await db.Departments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct)
            : (await db.Departments.AsNoTracking()
                .Where(d => d.Function == DepartmentFunction.ServiceQuality && (d.PropertyId == @case.PropertyId || d.PropertyId == null))
                .ToListAsync(ct)).OrderBy(d => d.PropertyId is null).FirstOrDefault();
        var head = department?.HeadStaffId is { } headId
            ? await db.Staff.AsNoTracking().Where(s => s.Id == headId).Select(s => s.DisplayName).SingleOrDefaultAsync(ct)
            : null;
        var parts = new[] { head, department?.Name, $"CSAT {survey.Csat}/{SurveyAnswer.CsatMax}" };
        @case.AlertDepartmentHead(Actor.System, now, string.Join(" · ", parts.Where(p => !string.IsNullOrEmpty(p))));
        if (department?.HeadStaffId is { } recipient)
        {
            db.Notifications.Add(new Notification
            {
                RecipientId = recipient,
                CaseId = @case.Id,
                PropertyId = @case.PropertyId,
                CaseNumber = @case.Number,
                CaseTitle = @case.Title,
                Stage = SlaStage.FollowUp,
                StageStartedAt = survey.CreatedAt,
                Event = EscalationEvent.GuestUnsatisfied,
                DueAt = now,
                CreatedAt = now,
                DeliverAfter = now,
            });
        }
    }
}
