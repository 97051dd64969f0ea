namespace GuestLoop.Web.Features.Cases;

public static class OverdueCases
{
    /// <summary>
    /// The ids of the cases with a deadline passed and not met, for <c>cases.Where(c =&gt; ids.Contains(c.Id))</c>: an
    /// <c>IN</c> over one read of the unmet-deadline index. As a correlated <c>EXISTS</c> per case, SQLite searched that
    /// index's whole overdue range again for every open case — minutes for the overdue inbox at 100,000 cases.
    /// </summary>
    public static IQueryable<Guid> Ids(IQueryable<CaseDeadlineRow> deadlines, DateTimeOffset now) =>
        deadlines.Where(d => d.MetAt == null && d.DueAt < now).Select(d => d.CaseId);

    /// <summary>
    /// The ids of the cases with a deadline not met and not yet due of which less than a fifth is left; a case also
    /// overdue elsewhere counts as overdue, not at risk.
    /// </summary>
    public static IQueryable<Guid> AtRiskIds(IQueryable<CaseDeadlineRow> deadlines, DateTimeOffset now) =>
        deadlines.Where(d => d.MetAt == null && d.RiskFrom <= now && d.DueAt > now).Select(d => d.CaseId).Except(Ids(deadlines, now));
}
