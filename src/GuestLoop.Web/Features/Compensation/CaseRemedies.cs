using GuestLoop.Domain;
using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Compensation;
using GuestLoop.Domain.Organisation;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Cases;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Compensation;

/// <summary>The remedial measures of a case; each step is saved with its line in the case history, or not at all.</summary>
public sealed class CaseRemedies(GuestLoopDbContext db, CaseWorkflow workflow)
{
    public async Task<IReadOnlyList<Remedy>> ListAsync(Guid caseId, AccessScope scope, CancellationToken ct)
    {
        if (!await db.Cases.VisibleTo(scope).AnyAsync(c => c.Id == caseId, ct))
        {
            throw new CaseNotFoundException();
        }

        return await db.Remedies.AsNoTracking().Where(r => r.CaseId == caseId).OrderBy(r => r.DueOn).ThenBy(r => r.CreatedAt).ToListAsync(ct);
    }

    public async Task<Remedy> PlanAsync(Guid caseId, AccessScope scope, PlanRemedyBody body, CancellationToken ct)
    {
        var owner = body.OwnerId is { } ownerId ? await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Id == ownerId && s.Active, ct) : null;
        Remedy? planned = null;
        await workflow.PerformAsync(caseId, scope, (c, actor, now) =>
        {
            var errors = new FieldErrors();
            var kind = CreateCaseRequest.ParseEnum<RemedyKind>("kind", body.Kind, errors);
            if (owner is null || !owner.AllProperties && !owner.PropertyIds.Contains(c.PropertyId))
            {
                errors.Add("ownerId", "An active staff member of the case's property is required.");
            }

            if (body.DueOn is null)
            {
                errors.Add("dueOn", "The due date is required.");
            }

            errors.ThrowIfAny();
            planned = Remedy.Plan(c.Id, actor, now, kind!.Value, body.Description ?? string.Empty, owner!.Id, owner.DisplayName, body.DueOn!.Value);
            db.Remedies.Add(planned);
            c.RecordRemedial(actor, now, CaseAction.PlanRemedy, $"{planned.Description} · {planned.OwnerName} · {planned.DueOn:yyyy-MM-dd}");
        }, ct);
        return planned!;
    }

    public Task<Remedy> MarkDoneAsync(Guid caseId, Guid remedyId, AccessScope scope, string? note, CancellationToken ct) =>
        StepAsync(caseId, remedyId, scope, ct, (r, c, actor, now) =>
        {
            r.MarkDone(actor, now, note);
            c.RecordRemedial(actor, now, CaseAction.CompleteRemedy, Line(r, r.DoneNote));
        });

    public Task<Remedy> VerifyAsync(Guid caseId, Guid remedyId, AccessScope scope, string? note, CancellationToken ct) =>
        StepAsync(caseId, remedyId, scope, ct, (r, c, actor, now) =>
        {
            r.Verify(actor, now, note);
            c.RecordRemedial(actor, now, CaseAction.VerifyRemedy, Line(r, r.VerifiedNote));
        });

    private async Task<Remedy> StepAsync(Guid caseId, Guid remedyId, AccessScope scope, CancellationToken ct,
        Action<Remedy, Case, Actor, DateTimeOffset> step)
    {
        var remedy = await db.Remedies.SingleOrDefaultAsync(r => r.Id == remedyId && r.CaseId == caseId, ct) ?? throw new CaseNotFoundException();
        await workflow.PerformAsync(caseId, scope, (c, actor, now) => step(remedy, c, actor, now), ct);
        return remedy;
    }

    private static string Line(Remedy r, string? note) => note is null ? r.Description : $"{r.Description} · {note}";
}

public sealed record PlanRemedyBody(string? Kind, string? Description, Guid? OwnerId, DateOnly? DueOn);
public sealed record RemedyNoteBody(string? Note);
