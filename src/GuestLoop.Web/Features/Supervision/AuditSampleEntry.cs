using GuestLoop.Domain.Supervision;

namespace GuestLoop.Web.Features.Supervision;

/// <summary>
/// A case drawn into a property's monthly audit sample, with the office's findings against the checklist once
/// it has been audited. One row per case and month; the draw stores the seed it came from so it can be redone.
/// </summary>
public sealed class AuditSampleEntry
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PropertyId { get; set; }
    public int Year { get; set; }
    public int Month { get; set; }
    public required string Seed { get; set; }
    public decimal Share { get; set; }
    public Guid CaseId { get; set; }
    public required string CaseNumber { get; set; }
    public DateTimeOffset DrawnAt { get; set; }
    public bool? TimelinessPass { get; set; }
    public string? TimelinessNote { get; set; }
    public bool? ResponsibilityPass { get; set; }
    public string? ResponsibilityNote { get; set; }
    public bool? ReplyQualityPass { get; set; }
    public string? ReplyQualityNote { get; set; }
    public bool? SatisfactionPass { get; set; }
    public string? SatisfactionNote { get; set; }
    public DateTimeOffset? AuditedAt { get; set; }
    public Guid? AuditorId { get; set; }
    public string? AuditorName { get; set; }
    public DateTimeOffset? SentBackAt { get; set; }
    public string? SentBackReason { get; set; }

    public int Failed => new[] { TimelinessPass, ResponsibilityPass, ReplyQualityPass, SatisfactionPass }.Count(p => p == false);

    public void Record(AuditCheckResult result)
    {
        switch (result.Check)
        {
            case AuditCheck.Timeliness: (TimelinessPass, TimelinessNote) = (result.Pass, result.Note); break;
            case AuditCheck.Responsibility: (ResponsibilityPass, ResponsibilityNote) = (result.Pass, result.Note); break;
            case AuditCheck.ReplyQuality: (ReplyQualityPass, ReplyQualityNote) = (result.Pass, result.Note); break;
            case AuditCheck.Satisfaction: (SatisfactionPass, SatisfactionNote) = (result.Pass, result.Note); break;
        }
    }
}
