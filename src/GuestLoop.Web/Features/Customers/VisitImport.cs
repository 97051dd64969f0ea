using System.Globalization;
using GuestLoop.Domain;
using GuestLoop.Domain.Customers;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using GuestLoop.Web.Features.Intake;
using GuestLoop.Web.Features.Surveys;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Customers;

public sealed record VisitImportError(int Line, string Message);

public sealed record VisitImportResult(bool DryRun, int Rows, int Imported, int GuestsCreated, IReadOnlyList<VisitImportError> Errors, int SurveysSent = 0);

/// <summary>
/// Stays, visits, tours and orders from a PMS or ticketing export (CSV or xlsx, read like case imports): each row is
/// matched to its guest by document number, phone or email, or makes a new profile. A dry run checks without saving.
/// Columns: property, kind, from, to, reference, amount, note, name, phone, email, idNumber. A stay imported with its
/// check-out date brings the guest the property's after-check-out survey, when it has one and the sending rule allows.
/// </summary>
public sealed class VisitImport(GuestLoopDbContext db, GuestMatching matching, AuditLog audit, SendSurveyInvitation surveys,
    SurveyInvitationMail surveyMail, TimeProvider clock)
{
    public async Task<VisitImportResult> ImportAsync(AccessScope scope, string fileName, byte[] content, bool dryRun, CancellationToken ct)
    {
        var file = TabularFile.Read(fileName, content)
            ?? throw new GuestValidationException(FieldErrors.For("file", "Not a CSV or xlsx file with a header row."));
        var properties = await db.Properties.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.Id, StringComparer.OrdinalIgnoreCase, ct);
        var now = clock.GetUtcNow();
        var errors = new List<VisitImportError>();
        var (imported, created) = (0, 0);
        var invited = new List<(Domain.Surveys.SurveyInvitation Invitation, Guest Guest)>();
        foreach (var (line, cells) in file.Rows)
        {
            string? Cell(string name)
            {
                var i = file.Headers.ToList().FindIndex(h => string.Equals(h.Trim(), name, StringComparison.OrdinalIgnoreCase));
                return i >= 0 && i < cells.Length && !string.IsNullOrWhiteSpace(cells[i]) ? cells[i].Trim() : null;
            }

            if (Cell("property") is not { } code || !properties.TryGetValue(code, out var propertyId) || !scope.CanSee(propertyId))
            {
                errors.Add(new(line, "Not a property you may see."));
                continue;
            }

            if (!DateOnly.TryParse(Cell("from"), CultureInfo.InvariantCulture, out var from))
            {
                errors.Add(new(line, "'from' is not a date (yyyy-MM-dd)."));
                continue;
            }

            DateOnly? to = DateOnly.TryParse(Cell("to"), CultureInfo.InvariantCulture, out var t) ? t : null;
            var kind = Enum.TryParse<VisitKind>(Cell("kind"), ignoreCase: true, out var k) ? k : VisitKind.Stay;
            decimal? amount = decimal.TryParse(Cell("amount"), NumberStyles.Number, CultureInfo.InvariantCulture, out var a) ? a : null;
            var details = new GuestDetails(Cell("name"), Cell("phone"), Cell("email"), Cell("idNumber"));
            if (details.Validate() is { Count: > 0 } invalid)
            {
                errors.Add(new(line, string.Join(" ", invalid.Values.SelectMany(v => v))));
                continue;
            }

            try
            {
                var (guest, isNew) = await matching.FindOrCreateAsync(details, propertyId, now, ct);
                if (guest is null)
                {
                    errors.Add(new(line, "A phone, email or document number is needed to find the guest."));
                    continue;
                }

                var visit = guest.AddVisit(new GuestVisit(propertyId, kind, from, to, Cell("reference"), amount, Cell("note")), now);
                imported++;
                if (!dryRun && await surveys.AfterCheckOutAsync(guest, visit, ct) is { } invitation)
                {
                    invited.Add((invitation, guest));
                }

                created += isNew ? 1 : 0;
            }
            catch (GuestRuleException e)
            {
                errors.Add(new(line, e.Message));
            }
            catch (GuestValidationException e)
            {
                errors.Add(new(line, string.Join(" ", e.Errors.Select(f => $"{f.Key}: {string.Join(" ", f.Value)}"))));
            }
        }

        if (!dryRun)
        {
            audit.Append(scope, "guest.import", "guest-import", fileName, null,
                new { rows = file.Rows.Count, imported, created, errors = errors.Count, surveys = invited.Count });
            await db.SaveChangesAsync(ct);
            foreach (var (invitation, guest) in invited)
            {
                var template = await db.SurveyTemplates.AsNoTracking().SingleAsync(t => t.Id == invitation.TemplateId, ct);
                await surveyMail.SendAsync(invitation, template, guest, ct);
            }
        }

        return new VisitImportResult(dryRun, file.Rows.Count, imported, created, errors, invited.Count);
    }
}
