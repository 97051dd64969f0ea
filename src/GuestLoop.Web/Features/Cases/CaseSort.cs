using GuestLoop.Domain.Cases;
using GuestLoop.Web.Data;

namespace GuestLoop.Web.Features.Cases;

/// <summary>The orders of a case list; <see cref="Urgency"/> is the inbox's work-queue order.</summary>
public enum CaseSort
{
    /// <summary>Overdue first, then the least time left to the next unmet deadline, then severity, then special-needs guests.</summary>
    Urgency,
    Received,
    Number,
    Severity,
    Due,
    Assignee,
}

public static class CaseOrder
{
    /// <summary>Orders cases by <paramref name="sort"/>; the newest received first among equals, so a page never shuffles.</summary>
    public static IQueryable<Case> Sorted(this IQueryable<Case> cases, GuestLoopDbContext db, CaseSort sort, bool descending)
    {
        var deadlines = db.CaseDeadlines;
        IOrderedQueryable<Case> ordered = sort switch
        {
            // The earliest unmet due instant puts the overdue cases first (the most overdue on top), then the least time left.
            CaseSort.Urgency => cases
                .OrderBy(c => deadlines.Where(d => d.CaseId == c.Id && d.MetAt == null && d.DueAt != null).Min(d => d.DueAt) == null ? 1 : 0)
                .ThenBy(c => deadlines.Where(d => d.CaseId == c.Id && d.MetAt == null && d.DueAt != null).Min(d => d.DueAt))
                .ThenBy(c => c.Severity == Severity.Urgent ? 0 : c.Severity == Severity.Major ? 1 : 2)
                .ThenBy(c => c.Priority ? 0 : 1),
            CaseSort.Number => Direction(cases, c => c.Number, descending),
            CaseSort.Severity => Direction(cases, c => c.Severity == Severity.Urgent ? 2 : c.Severity == Severity.Major ? 1 : 0, descending),
            CaseSort.Due => Direction(cases,
                c => deadlines.Where(d => d.CaseId == c.Id && d.MetAt == null && d.DueAt != null).Min(d => d.DueAt) == null ? 1 : 0, false)
                .Then(c => deadlines.Where(d => d.CaseId == c.Id && d.MetAt == null && d.DueAt != null).Min(d => d.DueAt), descending),
            CaseSort.Assignee => Direction(cases, c => c.AssigneeId == null ? 1 : 0, false)
                .Then(c => db.Staff.Where(s => s.Id == c.AssigneeId).Select(s => s.DisplayName).FirstOrDefault(), descending),
            _ => Direction(cases, c => c.ReceivedAt, descending),
        };
        return sort == CaseSort.Received ? ordered.ThenBy(c => c.Id) : ordered.ThenByDescending(c => c.ReceivedAt).ThenBy(c => c.Id);
    }

    private static IOrderedQueryable<Case> Direction<TKey>(IQueryable<Case> cases, System.Linq.Expressions.Expression<Func<Case, TKey>> key,
        bool descending) => descending ? cases.OrderByDescending(key) : cases.OrderBy(key);

    private static IOrderedQueryable<Case> Then<TKey>(this IOrderedQueryable<Case> cases, System.Linq.Expressions.Expression<Func<Case, TKey>> key,
        bool descending) => descending ? cases.ThenByDescending(key) : cases.ThenBy(key);
}
