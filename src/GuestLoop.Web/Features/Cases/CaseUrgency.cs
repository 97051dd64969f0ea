using GuestLoop.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuestLoop.Web.Features.Cases;

/// <summary>
/// A case's earliest running deadline and the earliest instant one of them is at risk, kept on the case row beside its
/// deadline rows, so that the work-queue order and the "overdue" and "at risk" lists are read along an index of the
/// cases. Worked out per case from its deadlines in a correlated subquery, the inbox's urgency order took minutes at
/// 100,000 open cases. Written with the deadline rows whenever they are replaced (<see cref="CaseWorkflow.RefreshDeadlinesAsync(Case, GuestLoop.Domain.Organisation.Property, CancellationToken)"/>).
/// </summary>
public static class CaseUrgency
{
    /// <summary>The earliest due instant of the case's unmet, running deadlines; <see cref="None"/> when there is none or the case is closed.</summary>
    public const string DueNext = "DueNext";

    /// <summary>The earliest instant from which one of those deadlines has less than a fifth of its target left; <see cref="None"/> likewise.</summary>
    public const string RiskNext = "RiskNext";

    /// <summary>
    /// "No running deadline": a far instant rather than null, so that both databases sort it last in ascending order
    /// and the order follows the index; a plain date both store and read back exactly.
    /// </summary>
    public static readonly DateTimeOffset None = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public static void Configure(EntityTypeBuilder<Case> b)
    {
        b.Property<DateTimeOffset>(DueNext).HasDefaultValue(None);
        b.Property<DateTimeOffset>(RiskNext).HasDefaultValue(None);
        // The open cases in the work-queue order (CaseOrder: next due instant, most severe, priority guests, newest), read
        // along this index with no sort; "overdue" (due before now) and "at risk" (due from now on, at risk before now) are
        // ranges of it, counted from the index alone.
        b.HasIndex([DueNext, nameof(Case.Severity), nameof(Case.Priority), nameof(Case.ReceivedAt), nameof(Case.Id), RiskNext], "IX_cases_open_DueNext")
            .IsDescending(false, true, true, true, false, false)
            .HasFilter("\"Status\" <> 'Closed'");
        // The open cases, newest first: the inbox's default view and those built on it. With the two instants, so that
        // "overdue" and "at risk" newest first are checked from the index alone.
        b.HasIndex([nameof(Case.ReceivedAt), nameof(Case.Id), DueNext, RiskNext], "IX_cases_open_ReceivedAt").HasFilter("\"Status\" <> 'Closed'");
    }

    /// <summary>Sets the two instants of a tracked case from the deadline rows just computed for it.</summary>
    public static void Set(EntityEntry<Case> entry, IReadOnlyCollection<CaseDeadlineRow> rows)
    {
        var running = entry.Entity.Status == CaseStatus.Closed ? [] : rows.Where(d => d.MetAt is null && d.DueAt is not null).ToList();
        entry.Property<DateTimeOffset>(DueNext).CurrentValue = running.Count == 0 ? None : running.Min(d => d.DueAt!.Value);
        entry.Property<DateTimeOffset>(RiskNext).CurrentValue = running.Count == 0 ? None : running.Min(d => d.RiskFrom ?? d.DueAt!.Value);
    }
}
