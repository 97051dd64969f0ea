namespace GuestLoop.Domain.Cases;

/// <summary>
/// What changed on a case since a person last saw it: the basis of the warning before a step on a case that a colleague,
/// the guest or the system has changed in the meantime. A person's own lines are not news to them.
/// </summary>
public static class CaseChanges
{
    /// <summary>The position of the newest line of the case's history; 0 for a case with none.</summary>
    public static int Latest(Case c) => c.History.Count == 0 ? 0 : c.History.Max(e => e.Sequence);

    /// <summary>The lines written after <paramref name="seen"/> by anyone but <paramref name="viewer"/>, oldest first.</summary>
    public static IReadOnlyList<CaseEvent> Since(Case c, int seen, Guid? viewer) =>
        c.History.Where(e => e.Sequence > seen && (viewer is null || e.ActorId != viewer)).OrderBy(e => e.Sequence).ToList();
}
