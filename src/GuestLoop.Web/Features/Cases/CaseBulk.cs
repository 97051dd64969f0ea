using System.Text.Json.Serialization;
using GuestLoop.Domain;
using GuestLoop.Domain.Cases;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Cases;

/// <summary>The inbox's actions on many selected cases at once.</summary>
public enum BulkAction
{
    Assign,
    MoveDepartment,
    Merge,
    CloseAsSpam,
}

/// <param name="Into">For a merge: the id or number of the case the others are merged into.</param>
public sealed record BulkRequest(IReadOnlyList<Guid>? CaseIds, Guid? DepartmentId = null, Guid? AssigneeId = null, string? Into = null,
    string? Reason = null);

/// <summary>One case of a bulk action: done, or refused with the kind of refusal, its message and the fields it names.</summary>
public sealed record BulkOutcome(Guid CaseId, string? Number, bool Done, DomainErrorKind? Refusal = null, string? Message = null,
    IReadOnlyDictionary<string, string[]>? Errors = null)
{
    /// <summary>The refusal itself, for the workspace to say it in the reader's language.</summary>
    [JsonIgnore]
    public Exception? Error { get; init; }
}

public sealed record BulkResult(BulkAction Action, IReadOnlyList<BulkOutcome> Cases)
{
    public int DoneCount => Cases.Count(c => c.Done);
}

/// <summary>
/// Takes one step on each selected case through the same path as one at a time — <see cref="CaseWorkflow"/> for the
/// assignment and spam, <see cref="CaseDuplicates"/> for a merge — so scope, authority, assignment and audit checks are
/// the same. Each case runs in its own service scope (its own DbContext): a refused case leaves nothing behind for the next.
/// </summary>
public sealed class CaseBulk(IServiceScopeFactory scopes)
{
    public const int MaxCases = 100;
    private const int IntoMax = 64;

    public async Task<BulkResult> RunAsync(BulkAction action, BulkRequest request, AccessScope scope, CancellationToken ct)
    {
        var ids = Validate(action, request);
        if (action == BulkAction.Merge && Guid.TryParse(request.Into, out var survivor))
        {
            // The case that carries on may be among the selected ones: the others merge into it.
            ids.Remove(survivor);
        }

        var outcomes = new List<BulkOutcome>();
        foreach (var id in ids)
        {
            await using var caseScope = scopes.CreateAsyncScope();
            var services = caseScope.ServiceProvider;
            try
            {
                var done = action switch
                {
                    BulkAction.Assign or BulkAction.MoveDepartment => await AssignAsync(services, action, id, request, scope, ct),
                    BulkAction.Merge => await services.GetRequiredService<CaseDuplicates>().MergeAsync(id, request.Into, scope, ct),
                    _ => await services.GetRequiredService<CaseWorkflow>().PerformAsync(id, scope,
                        (c, actor, now) => c.CloseAsSpam(actor, now, request.Reason!), ct),
                };
                outcomes.Add(new BulkOutcome(id, done.Number, true));
            }
            catch (Exception e) when (e is DomainException or DbUpdateConcurrencyException)
            {
                var number = e is CaseNotFoundException ? null : await NumberAsync(id, scope, ct);
                outcomes.Add(e is DomainException d
                    ? new BulkOutcome(id, number, false, d.Kind, d.Message, d.Errors) { Error = e }
                    : new BulkOutcome(id, number, false, DomainErrorKind.Conflict, "The case changed meanwhile.") { Error = e });
            }
        }

        return new BulkResult(action, outcomes);
    }

    private static async Task<Case> AssignAsync(IServiceProvider services, BulkAction action, Guid id, BulkRequest request, AccessScope scope,
        CancellationToken ct) =>
        await services.GetRequiredService<CaseWorkflow>().PerformAsync(id, scope, (c, actor, now) =>
        {
            // Moving to another department clears the assignee, who may not work there; assigning keeps the department.
            var (department, assignee) = action == BulkAction.MoveDepartment
                ? (request.DepartmentId, (Guid?)null)
                : (request.DepartmentId ?? c.DepartmentId, request.AssigneeId);
            c.Assign(actor, now, department, assignee, null);
        }, ct);

    private async Task<string?> NumberAsync(Guid id, AccessScope scope, CancellationToken ct)
    {
        await using var lookup = scopes.CreateAsyncScope();
        var db = lookup.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        return await db.Cases.VisibleTo(scope).Where(c => c.Id == id).Select(c => c.Number).SingleOrDefaultAsync(ct);
    }

    /// <summary>The distinct case ids, once the request has what its action needs.</summary>
    private static List<Guid> Validate(BulkAction action, BulkRequest request)
    {
        var errors = new FieldErrors();
        var ids = (request.CaseIds ?? []).Distinct().ToList();
        if (ids.Count == 0)
        {
            errors.Add("caseIds", "Select at least one case.");
        }
        else if (ids.Count > MaxCases)
        {
            errors.Add("caseIds", $"At most {MaxCases} cases at once.");
        }

        switch (action)
        {
            case BulkAction.Assign when request.AssigneeId is null:
                errors.Add("assigneeId", "The staff member to assign is required.");
                break;
            case BulkAction.MoveDepartment when request.DepartmentId is null:
                errors.Add("departmentId", "The department is required.");
                break;
            case BulkAction.Merge when string.IsNullOrWhiteSpace(request.Into):
                errors.Add("into", "The id or number of the case to merge into is required.");
                break;
            case BulkAction.CloseAsSpam when string.IsNullOrWhiteSpace(request.Reason):
                errors.Add("reason", "The reason is required.");
                break;
        }

        // A text too long is refused whatever the action, so nothing is silently dropped.
        if (request.Reason is { } reason && TextLimits.Error(reason, TextLimits.Text) is { } tooLong)
        {
            errors.Add("reason", tooLong);
        }

        if (request.Into is { Length: > IntoMax })
        {
            errors.Add("into", $"At most {IntoMax} characters: a case id or number.");
        }

        if (errors.Any)
        {
            throw new CaseValidationException(errors);
        }

        return ids;
    }
}
