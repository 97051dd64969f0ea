using ClosedXML.Excel;
using GuestLoop.Domain.Customers;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Customers;

/// <summary>Everything held about one guest, for their request to obtain it (PIPL art. 45).</summary>
public sealed record GuestExport(GuestJson Profile, IReadOnlyList<ExportedCase> Cases, IReadOnlyList<GuestMerge> Merges, DateTimeOffset ExportedAt);

public sealed record ExportedCase(string Number, string Kind, string Category, string Status, string Title, string Description,
    string? ComplainantName, string? ComplainantPhone, string? ComplainantEmail, string? ComplainantIdNumber, DateTimeOffset ReceivedAt);

/// <summary>The guest's rights on request: obtain (JSON or spreadsheet), correct, erase. Levels 1–2 and administrators.</summary>
public sealed class GuestRights(GuestLoopDbContext db, GuestDirectory directory, AuditLog audit, TimeProvider clock)
{
    public async Task<GuestExport> ExportAsync(Guid id, AccessScope scope, string format, CancellationToken ct)
    {
        var guest = await directory.LoadForRightsAsync(id, scope, "export", ct);
        var profile = await directory.ToJsonAsync(guest, scope, clear: true, ct);
        var ids = profile.MergedGuestIds.Append(guest.Id).ToList();
        var props = scope.PropertyIds.ToList();
        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.GuestId != null && ids.Contains(c.GuestId.Value) && (scope.AllProperties || props.Contains(c.PropertyId)))
            .OrderBy(c => c.ReceivedAt).ToListAsync(ct);
        var merges = await db.GuestMerges.AsNoTracking().Where(m => m.SurvivorId == guest.Id || m.MergedId == guest.Id).ToListAsync(ct);
        audit.Append(scope, "guest.export", GuestDirectory.Entity, guest.Id.ToString(), null, new { format, cases = cases.Count });
        await db.SaveChangesAsync(ct);
        return new GuestExport(profile, cases.Select(c => new ExportedCase(c.Number, c.Kind.ToString(), c.Category.ToString(), c.Status.ToString(),
            c.Title, c.Description, c.Complainant.Name, c.Complainant.Phone, c.Complainant.Email, c.Complainant.IdNumber, c.ReceivedAt)).ToList(),
            merges, clock.GetUtcNow());
    }

    public static byte[] Workbook(GuestExport export)
    {
        using var book = new XLWorkbook();
        var p = export.Profile;
        var profile = book.AddWorksheet("Profile");
        string?[][] rows =
        [
            ["Id", p.Id.ToString()], ["Name", p.Name], ["Gender", p.Gender], ["AgeRange", p.AgeRange], ["Occupation", p.Occupation],
            ["Phone", p.Phone], ["Email", p.Email], ["IdNumber", p.IdNumber], ["Address", p.Address],
            ["RoomType", p.Preferences.RoomType], ["Floor", p.Preferences.Floor], ["View", p.Preferences.View], ["Diet", p.Preferences.Diet],
            ["SpecialNeeds", p.SpecialNeeds.ToString()], ["Tier", p.Tier.ToString()], ["Tags", string.Join(", ", p.Tags)],
            .. p.Consents.Select(c => new[] { "Consent." + c.Purpose, $"{(c.Granted ? "granted" : "withdrawn")} {c.RecordedAt:u}" }),
        ];
        for (var i = 0; i < rows.Length; i++)
        {
            profile.Cell(i + 1, 1).Value = rows[i][0];
            profile.Cell(i + 1, 2).Value = rows[i][1];
        }

        Table(book, "Visits", ["Kind", "From", "To", "Reference", "Amount", "Note"],
            p.Visits.Select(v => new object?[] { v.Kind.ToString(), v.From.ToString("yyyy-MM-dd"), v.To?.ToString("yyyy-MM-dd"), v.Reference, v.Amount, v.Note }));
        Table(book, "Care", ["Kind", "At", "Note", "Outcome"],
            p.CareActions.Select(a => new object?[] { a.Kind.ToString(), a.At.ToString("u"), a.Note, a.Outcome.ToString() }));
        Table(book, "Cases", ["Number", "Kind", "Category", "Status", "Title", "Name", "Phone", "Email", "IdNumber", "Received"],
            export.Cases.Select(c => new object?[] { c.Number, c.Kind, c.Category, c.Status, c.Title, c.ComplainantName, c.ComplainantPhone,
                c.ComplainantEmail, c.ComplainantIdNumber, c.ReceivedAt.ToString("u") }));
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Table(XLWorkbook book, string name, string[] headers, IEnumerable<object?[]> rows)
    {
        var sheet = book.AddWorksheet(name);
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = headers[c];
        }

        var r = 2;
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                sheet.Cell(r, c + 1).Value = row[c] switch
                {
                    null => string.Empty,
                    decimal d => d,
                    var o => o.ToString(),
                };
            }

            r++;
        }
    }

    public async Task<GuestJson> CorrectAsync(Guid id, AccessScope scope, GuestDetailsBody body, CancellationToken ct)
    {
        var guest = await directory.LoadAsync(id, scope, "correct", ct);
        await directory.RequireAsync(PrivacyRules.MayCorrect(scope.Authority, scope.IsAdministrator), guest.Id, scope, "correct", ct);
        var before = Masked(guest);
        guest.Correct(body.ToDetails(), body.Keep ?? []);
        audit.Append(scope, "guest.correct", GuestDirectory.Entity, guest.Id.ToString(), before, Masked(guest));
        await db.SaveChangesAsync(ct);
        return await directory.ToJsonAsync(guest, scope, scope.SeesClearValues, ct);
    }

    /// <summary>
    /// Anonymises the person and every profile merged into them, and the complainant on all their cases (at every property:
    /// the person is gone everywhere), and their words in survey answers. The cases themselves stay, with their kind,
    /// category and dates, for statistics, as do the survey scores.
    /// </summary>
    public async Task<int> EraseAsync(Guid id, AccessScope scope, CancellationToken ct)
    {
        var guest = await directory.LoadForRightsAsync(id, scope, "erase", ct);
        var now = clock.GetUtcNow();
        var merged = await db.Guests.Where(g => g.MergedIntoId == guest.Id).ToListAsync(ct);
        var ids = merged.Select(m => m.Id).Append(guest.Id).ToList();
        var cases = await db.Cases.Where(c => c.GuestId != null && ids.Contains(c.GuestId.Value)).ToListAsync(ct);
        foreach (var person in merged.Append(guest))
        {
            person.Erase(now);
        }

        cases.ForEach(c => c.AnonymiseComplainant());
        var invitations = await db.SurveyInvitations.Where(i => ids.Contains(i.GuestId)).ToListAsync(ct);
        var templateIds = invitations.Select(i => i.TemplateId).Distinct().ToList();
        var templates = await db.SurveyTemplates.AsNoTracking().Where(t => templateIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        invitations.ForEach(i => i.ForgetGuest(templates[i.TemplateId].ToTemplate()));
        audit.Append(scope, "guest.erase", GuestDirectory.Entity, guest.Id.ToString(), null, new { cases = cases.Count, profiles = ids.Count });
        await db.SaveChangesAsync(ct);
        return cases.Count;
    }

    /// <summary>What the audit log keeps of a profile: never a clear contact.</summary>
    public static object Masked(Guest g) => new
    {
        g.Name,
        phone = Masking.Phone(g.Phone),
        email = Masking.Email(g.Email),
        idNumber = Masking.IdNumber(g.IdNumber),
        address = Masking.Address(g.Address),
        g.Gender,
        g.AgeRange,
        g.Occupation,
    };
}
