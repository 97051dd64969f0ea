using GuestLoop.Domain;
using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Supervision;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Cases;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Supervision;

/// <summary>
/// Reports of mishandling or delay. Anyone may file one; only the supervision office reads them. An anonymous
/// report is stored without any reporter data and is not written to the audit log, which would name the actor.
/// </summary>
public sealed class SupervisionReports(GuestLoopDbContext db, SupervisionOffice office, TimeProvider clock)
{
    public async Task<SupervisionReport> FileByStaffAsync(AccessScope scope, ReportBody body, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var kind = CreateCaseRequest.ParseEnum<ReportKind>("kind", body.Kind ?? "mishandling", errors);
        Guid? propertyId = null;
        if (body.CaseId is { } caseId)
        {
            var found = await db.Cases.VisibleTo(scope).AsNoTracking().Where(c => c.Id == caseId).Select(c => (Guid?)c.PropertyId).SingleOrDefaultAsync(ct);
            if (found is null)
            {
                errors.Add("caseId", "Unknown case.");
            }

            propertyId = found;
        }

        ValidateText(body.Text, errors);
        errors.ThrowIfAny();

        var anonymous = body.Anonymous ?? false;
        var report = new SupervisionReport
        {
            Kind = kind!.Value, Source = ReportSource.Staff, CaseId = body.CaseId, PropertyId = propertyId, Text = body.Text!.Trim(),
            Anonymous = anonymous, CreatedAt = clock.GetUtcNow(),
            ReporterStaffId = anonymous ? null : scope.StaffId,
            ReporterName = anonymous ? null : scope.Name,
        };
        db.SupervisionReports.Add(report);
        await db.SaveChangesAsync(ct);
        return report;
    }

    /// <summary>A guest's report from the tracking page of their case.</summary>
    public async Task<SupervisionReport?> FileByGuestAsync(string token, ReportKind kind, string text, bool anonymous, string? name, string? contact,
        CancellationToken ct)
    {
        var found = await db.Cases.AsNoTracking().Where(c => c.TrackingToken == token).Select(c => new { c.Id, c.PropertyId }).SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }

        var report = new SupervisionReport
        {
            Kind = kind, Source = ReportSource.Guest, CaseId = found.Id, PropertyId = found.PropertyId, Text = text.Trim(), Anonymous = anonymous,
            CreatedAt = clock.GetUtcNow(),
            ReporterName = anonymous ? null : Clip(name),
            ReporterContact = anonymous ? null : Clip(contact),
        };
        db.SupervisionReports.Add(report);
        await db.SaveChangesAsync(ct);
        return report;
    }

    public async Task<IReadOnlyList<SupervisionReportJson>> ListAsync(AccessScope scope, bool openOnly, CancellationToken ct)
    {
        await office.RequireMemberAsync(scope, ct);
        var ids = scope.PropertyIds.ToList();
        var query = db.SupervisionReports.AsNoTracking();
        if (!scope.AllProperties)
        {
            query = query.Where(r => r.PropertyId == null || ids.Contains(r.PropertyId.Value));
        }

        if (openOnly)
        {
            query = query.Where(r => r.HandledAt == null);
        }

        var reports = await query.OrderByDescending(r => r.CreatedAt).Take(500).ToListAsync(ct);
        var caseIds = reports.Where(r => r.CaseId != null).Select(r => r.CaseId!.Value).Distinct().ToList();
        var numbers = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Number, ct);
        return reports.Select(r => new SupervisionReportJson(r.Id, r.Kind, r.Source, r.CaseId, r.CaseId is { } c ? numbers.GetValueOrDefault(c) : null, r.Text,
            r.Anonymous, r.ReporterName, r.ReporterContact, r.CreatedAt, r.HandledAt, r.HandlingNote)).ToList();
    }

    public async Task HandleAsync(AccessScope scope, Guid id, string? note, CancellationToken ct)
    {
        if (TextLimits.Error(note, TextLimits.Text) is { } tooLong)
        {
            throw CaseValidationException.For("note", tooLong);
        }

        await office.RequireMemberAsync(scope, ct);
        var report = await db.SupervisionReports.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (report is null || report.PropertyId is { } p && !scope.CanSee(p))
        {
            throw new CaseNotFoundException();
        }

        report.HandledAt = clock.GetUtcNow();
        report.HandlingNote = note;
        await db.SaveChangesAsync(ct);
    }

    public static void ValidateText(string? text, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > SupervisionReport.TextMax)
        {
            errors.Add("text", $"Required, at most {SupervisionReport.TextMax} characters.");
        }
    }

    private static string? Clip(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim()[..Math.Min(s.Trim().Length, 200)];
}
