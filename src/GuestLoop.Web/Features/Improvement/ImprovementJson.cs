using GuestLoop.Domain.Improvement;

namespace GuestLoop.Web.Features.Improvement;

public sealed record ImprovementProgressJson(DateTimeOffset At, string By, string Kind, string Note, string? Evidence);

public sealed record ImprovementJson(
    Guid Id, Guid? PropertyId, string Title, string Description, ImprovementSource Source, IReadOnlyList<Guid> CaseIds, string? Analysis,
    Guid OwnerId, DateOnly DueOn, ImprovementState State, bool Overdue, int CheckAfterDays, DateTimeOffset? DoneAt,
    DateTimeOffset? CheckDueAt, bool CheckDue, int ReopenCount, DateTimeOffset CreatedAt, IReadOnlyList<ImprovementProgressJson> Progress)
{
    public static ImprovementJson From(ImprovementAction a, DateTimeOffset now) => new(
        a.Id, a.PropertyId, a.Title, a.Description, a.Source, a.CaseIds, a.Analysis, a.OwnerId, a.DueOn, a.State, a.IsOverdue(now),
        a.CheckAfterDays, a.DoneAt, a.CheckDueAt, a.IsCheckDue(now), a.ReopenCount, a.CreatedAt,
        a.Progress.OrderBy(p => p.At).ThenBy(p => p.Id).Select(p => new ImprovementProgressJson(p.At, p.By, p.Kind, p.Note, p.Evidence)).ToList());
}

/// <summary>The body of POST /api/v1/improvement-actions.</summary>
public sealed record RaiseImprovementRequest(
    string? Title, string? Description, string? Source, IReadOnlyList<Guid>? CaseIds, string? Analysis, Guid? OwnerId, DateOnly? DueOn,
    int? CheckAfterDays, string? Property);

public sealed record ProgressBody(string? Note, string? Evidence);

public sealed record EffectivenessBody(bool? Effective, string? Note, DateOnly? NewDueOn);

/// <summary>List filters: state, owner, overdue only, checks due only.</summary>
public sealed record ImprovementFilter(ImprovementState? State = null, Guid? OwnerId = null, bool OverdueOnly = false, bool CheckDueOnly = false);
