using GuestLoop.Domain;
using GuestLoop.Domain.Customers;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using GuestLoop.Web.Features.Cases;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Customers;

/// <summary>Shows one contact of a case's complainant in clear to a caller whose role sees it masked, with a reason; audited.</summary>
public sealed class ComplainantReveal(GuestLoopDbContext db, AuditLog audit)
{
    public async Task<RevealJson> RevealAsync(Guid caseId, AccessScope scope, RevealBody body, CancellationToken ct)
    {
        var @case = await db.Cases.VisibleTo(scope).AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, ct);
        if (@case is null)
        {
            // A refused reveal is audited like a granted one, and answered as if the case did not exist.
            if (await db.Cases.AnyAsync(c => c.Id == caseId, ct))
            {
                await DenyAsync(scope, caseId, "outside the caller's properties", ct);
            }

            throw new CaseNotFoundException();
        }

        if (!scope.MayReveal)
        {
            await DenyAsync(scope, caseId, "role", ct);
            throw new PrivacyDeniedException("Your role may not reveal a guest's personal data.");
        }

        if (!Enum.TryParse<SensitiveField>(body.Field, ignoreCase: true, out var field) || field == SensitiveField.Address)
        {
            throw new GuestValidationException(FieldErrors.For("field", "One of phone, email, idNumber."));
        }

        if (string.IsNullOrWhiteSpace(body.Reason) || body.Reason.Length > PrivacyRules.ReasonMax)
        {
            throw new GuestValidationException(FieldErrors.For("reason", "A reason is required to reveal personal data."));
        }

        audit.Append(scope, "complainant.reveal", "case", @case.Number, null, new { field, reason = body.Reason.Trim() });
        await db.SaveChangesAsync(ct);
        var c = @case.Complainant;
        return new RevealJson(field.ToString(), field switch
        {
            SensitiveField.Phone => c.Phone,
            SensitiveField.Email => c.Email,
            _ => c.IdNumber,
        });
    }

    private async Task DenyAsync(AccessScope scope, Guid caseId, string why, CancellationToken ct)
    {
        audit.Append(scope, "complainant.denied", "case", caseId.ToString(), null, new { operation = "reveal", why });
        await db.SaveChangesAsync(ct);
    }
}
