using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuestLoop.Web.Features.Cases;

internal sealed class CaseSupportConfiguration :
    IEntityTypeConfiguration<CaseDeadlineRow>, IEntityTypeConfiguration<IdempotencyRecord>, IEntityTypeConfiguration<NumberCounter>
{
    public void Configure(EntityTypeBuilder<CaseDeadlineRow> b)
    {
        b.ToTable("case_deadlines");
        b.Property(d => d.Stage).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.Unit).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(d => d.CaseId);
        b.HasIndex(d => new { d.MetAt, d.DueAt });

        // The deadlines not met yet, by due instant, with their case: the "overdue" view reads only this.
        b.HasIndex(d => new { d.DueAt, d.CaseId }, "IX_case_deadlines_unmet").HasFilter("\"MetAt\" IS NULL");

        // The deadlines at risk (less than a fifth of the target left, not yet due), from the index alone.
        b.HasIndex(d => new { d.RiskFrom, d.DueAt, d.CaseId }, "IX_case_deadlines_at_risk").HasFilter("\"MetAt\" IS NULL");

        // The escalation scan's work list: the unmet deadlines it has not seen yet or whose next notice has come.
        b.HasIndex(d => d.NextNoticeAt, "IX_case_deadlines_next_notice").HasFilter("\"MetAt\" IS NULL");

        // The deadlines of the cases received in a period, with all the dashboard reads of them (covering on PostgreSQL).
        b.HasIndex(d => d.CaseReceivedAt).IncludeProperties(d => new { d.PropertyId, d.Stage, d.StartedAt, d.DueAt, d.MetAt });
    }

    public void Configure(EntityTypeBuilder<IdempotencyRecord> b)
    {
        b.ToTable("idempotency_keys");
        b.HasKey(r => new { r.ClientId, r.Key });
        b.Property(r => r.Key).HasMaxLength(200);
        b.Property(r => r.ClientId).HasMaxLength(100);
        b.Property(r => r.RequestHash).HasMaxLength(64);
    }

    public void Configure(EntityTypeBuilder<NumberCounter> b)
    {
        b.ToTable("number_counters");
        b.HasKey(c => c.Name);
        b.Property(c => c.Name).HasMaxLength(80);
    }
}

/// <summary>The first result of a request sent with an Idempotency-Key, per API client.</summary>
public sealed class IdempotencyRecord
{
    public required string ClientId { get; set; }
    public required string Key { get; set; }
    public required string RequestHash { get; set; }
    public Guid CaseId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A named sequence (case numbers per property and day), advanced atomically in the database.</summary>
public sealed class NumberCounter
{
    public required string Name { get; set; }
    public long Value { get; set; }
}
