using GuestLoop.Domain.Cases;
using GuestLoop.Web.Data;
using Microsoft.EntityFrameworkCore;

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
        IOrderedQueryable<Case> ordered = sort switch
        {
            // The earliest unmet due instant puts the overdue cases first (the most overdue on top), then the least time left;
            // kept on the case row (CaseUrgency), so the order is read along an index of the open cases.
            CaseSort.Urgency => cases
                .OrderBy(c => EF.Property<DateTimeOffset>(c, CaseUrgency.DueNext))
                // Plain columns, no CASE: SQLite then reads the order along the index and sorts only the ties. Severity is
                // stored by name, and the names sort as the severities rank (SeverityTests), so descending is most severe first.
                .ThenByDescending(c => c.Severity)
                .ThenByDescending(c => c.Priority),
            CaseSort.Number => Direction(cases, c => c.Number, descending),
            CaseSort.Severity => Direction(cases, c => c.Severity == Severity.Urgent ? 2 : c.Severity == Severity.Major ? 1 : 0, descending),
            CaseSort.Due => Direction(cases, c => EF.Property<DateTimeOffset>(c, CaseUrgency.DueNext) == CaseUrgency.None ? 1 : 0, false)
                .Then(c => EF.Property<DateTimeOffset>(c, CaseUrgency.DueNext), descending),
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
