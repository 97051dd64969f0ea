using GuestLoop.Domain;
using GuestLoop.Domain.Surveys;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Surveys;

/// <summary>A template as edited: the domain template and what only storage and sending need.</summary>
public sealed record SurveyTemplateEdit(Guid PropertyId, SurveyTemplate Template, Guid? DepartmentId, int ReminderAfterDays);

/// <summary>The one service behind the survey-template API and admin page: read, save and delete, audited, inside the caller's properties.</summary>
public sealed class SurveyTemplateAdministration(GuestLoopDbContext db, AuditLog audit, TimeProvider clock)
{
    public const int MaxReminderDays = 60;

    public Task<List<SurveyTemplateRecord>> ListAsync(AccessScope scope, CancellationToken ct) =>
        db.SurveyTemplates.AsNoTracking()
            .Where(t => scope.AllProperties || scope.PropertyIds.Contains(t.PropertyId))
            .OrderBy(t => t.PropertyId).ThenBy(t => t.Occasion).ToListAsync(ct);

    public async Task<SurveyTemplateRecord> GetAsync(AccessScope scope, Guid id, CancellationToken ct) =>
        await db.SurveyTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, ct) is { } t && scope.CanSee(t.PropertyId)
            ? t
            : throw new SurveyNotFoundException($"There is no survey template {id}.");

    /// <summary>Creates a template (<paramref name="id"/> null) or replaces one; one per property and occasion.</summary>
    public async Task<(SurveyTemplateRecord Saved, bool Created)> SaveAsync(AccessScope scope, Guid? id, SurveyTemplateEdit edit, CancellationToken ct)
    {
        scope.RequireAdministrator("Only administrators edit survey templates.");
        var errors = edit.Template.Validate();
        if (edit.ReminderAfterDays is < 0 or > MaxReminderDays)
        {
            errors.Add("reminderAfterDays", $"Between 0 and {MaxReminderDays} days.");
        }

        if (!scope.CanSee(edit.PropertyId) || !await db.Properties.AnyAsync(p => p.Id == edit.PropertyId, ct))
        {
            errors.Add("propertyId", "Not a property you may administer.");
        }
        else if (edit.DepartmentId is { } department
            && !await db.Departments.AnyAsync(d => d.Id == department && (d.PropertyId == edit.PropertyId || d.PropertyId == null), ct))
        {
            errors.Add("departmentId", "Not a department of this property.");
        }

        var record = id is { } existing
            ? await db.SurveyTemplates.SingleOrDefaultAsync(t => t.Id == existing, ct) is { } found && scope.CanSee(found.PropertyId)
                ? found
                : throw new SurveyNotFoundException($"There is no survey template {existing}.")
            : null;
        if (!errors.Any && await db.SurveyTemplates.AnyAsync(t => t.PropertyId == edit.PropertyId && t.Occasion == edit.Template.Occasion
            && t.Id != (record == null ? Guid.Empty : record.Id), ct))
        {
            errors.Add("occasion", "This property has a template for this occasion already.");
        }

        errors.ThrowIfAny();
        var before = record is null ? null : SurveyTemplateJson.From(record);
        record ??= db.SurveyTemplates.Add(new SurveyTemplateRecord { Id = Guid.CreateVersion7(), Title = "", QuestionsJson = "[]" }).Entity;
        record.PropertyId = edit.PropertyId;
        record.Set(edit.Template, edit.DepartmentId, edit.ReminderAfterDays, clock.GetUtcNow());
        var after = SurveyTemplateJson.From(record);
        audit.Append(scope, before is null ? "survey-template.create" : "survey-template.save", "survey-template", record.Id.ToString(), before, after);
        await db.SaveChangesAsync(ct);
        return (record, before is null);
    }

    /// <summary>Deletes a template with its invitations and their answers.</summary>
    public async Task DeleteAsync(AccessScope scope, Guid id, CancellationToken ct)
    {
        scope.RequireAdministrator("Only administrators edit survey templates.");
        var record = await db.SurveyTemplates.SingleOrDefaultAsync(t => t.Id == id, ct) is { } t && scope.CanSee(t.PropertyId)
            ? t
            : throw new SurveyNotFoundException($"There is no survey template {id}.");
        audit.Append(scope, "survey-template.delete", "survey-template", id.ToString(), SurveyTemplateJson.From(record), null);
        db.SurveyTemplates.Remove(record);
        await db.SaveChangesAsync(ct);
    }
}
