using GuestLoop.Domain;
using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Library;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Cases;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Library;

public sealed record TeachingCaseJson(Guid Id, Guid SourceCaseId, Category Category, CaseKind Kind, string Title, string Background,
    string Complaint, string Handling, string Lessons, DateTimeOffset CreatedAt, string? Author)
{
    public static TeachingCaseJson From(TeachingCase t) =>
        new(t.Id, t.SourceCaseId, t.Category, t.Kind, t.Title, t.Background, t.Complaint, t.Handling, t.Lessons, t.CreatedAt, t.Author);
}

public sealed record TeachingCaseBody(Guid? SourceCaseId, string? Title, string? Background, string? Complaint, string? Handling, string? Lessons);

/// <summary>
/// The case library: a closed case becomes a teaching case through a form prefilled from the case with the
/// guest's name, phone, email and ID stripped. The library is shared across the enterprise for training.
/// </summary>
public sealed class CaseLibrary(GuestLoopDbContext db, CaseWorkflow workflow, TimeProvider clock)
{
    /// <summary>The prefilled, anonymised form for a closed case.</summary>
    public async Task<TeachingCaseBody> DraftAsync(AccessScope scope, Guid caseId, CancellationToken ct)
    {
        var c = await workflow.LoadAsync(caseId, scope, ct);
        if (!c.IsClosed)
        {
            throw CaseValidationException.For("sourceCaseId", "Only a closed case goes into the library.");
        }

        string?[] names = [c.Complainant.Name, c.Complainant.Phone, c.Complainant.Email, c.Complainant.IdNumber];
        string Strip(string? s) => Anonymiser.Strip(s, names);
        var background = string.Join("\n", new[] { c.Place, c.OccurredAt?.ToString("yyyy-MM"), $"{c.Kind} / {c.Category} / {c.Severity}" }
            .Where(s => !string.IsNullOrWhiteSpace(s)));
        var complaint = Strip(string.Join("\n", new[] { c.Description, c.Demands }.Where(s => !string.IsNullOrWhiteSpace(s))));
        var handling = Strip(string.Join("\n", new[] { c.Findings, c.Plan }.Concat(c.Replies.Where(r => !r.Interim).Select(r => r.Text))
            .Where(s => !string.IsNullOrWhiteSpace(s))));
        return new TeachingCaseBody(c.Id, Strip(c.Title), Strip(background), complaint, handling, Strip(c.ClosingSummary));
    }

    public async Task<TeachingCaseJson> CreateAsync(AccessScope scope, TeachingCaseBody body, CancellationToken ct)
    {
        var c = await workflow.LoadAsync(body.SourceCaseId ?? Guid.Empty, scope, ct);
        var errors = new FieldErrors();
        if (!c.IsClosed)
        {
            errors.Add("sourceCaseId", "Only a closed case goes into the library.");
        }

        foreach (var (field, value) in new[] { ("title", body.Title), ("background", body.Background), ("complaint", body.Complaint),
                     ("handling", body.Handling), ("lessons", body.Lessons) })
        {
            if (string.IsNullOrWhiteSpace(value) || value.Length > TeachingCase.TextMax)
            {
                errors.Add(field, "Required.");
            }
        }

        errors.ThrowIfAny();

        // Whatever the editor typed, the guest's own identifiers never reach the library.
        string?[] names = [c.Complainant.Name, c.Complainant.Phone, c.Complainant.Email, c.Complainant.IdNumber];
        string Strip(string s) => Anonymiser.Strip(s, names);
        var teaching = new TeachingCase
        {
            SourceCaseId = c.Id, Category = c.Category, Kind = c.Kind, Title = Strip(body.Title!)[..Math.Min(body.Title!.Length, Case.TitleMax)],
            Background = Strip(body.Background!), Complaint = Strip(body.Complaint!), Handling = Strip(body.Handling!), Lessons = Strip(body.Lessons!),
            CreatedAt = clock.GetUtcNow(), Author = scope.Name,
        };
        db.TeachingCases.Add(teaching);
        await db.SaveChangesAsync(ct);
        return TeachingCaseJson.From(teaching);
    }

    public async Task<IReadOnlyList<TeachingCaseJson>> SearchAsync(Category? category, string? q, CancellationToken ct)
    {
        var query = db.TeachingCases.AsNoTracking();
        if (category is { } cat)
        {
            query = query.Where(t => t.Category == cat);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            query = query.Where(t => t.Title.Contains(text) || t.Complaint.Contains(text) || t.Handling.Contains(text) || t.Lessons.Contains(text));
        }

        return (await query.OrderByDescending(t => t.CreatedAt).Take(200).ToListAsync(ct)).Select(TeachingCaseJson.From).ToList();
    }
}
