using GuestLoop.Domain.Accountability;

namespace GuestLoop.Web.Features.Accountability;

/// <summary>
/// What was found about one staff member's conduct in a case, the measures taken, and later the effect of
/// those measures. Read only by the person, their department head, level 1 and administrators.
/// </summary>
public sealed class CaseAccountability
{
    public const int TextMax = 4000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public Guid PropertyId { get; set; }
    public Guid StaffId { get; set; }
    public required string Findings { get; set; }
    public AccountabilityMeasure Measures { get; set; }
    public string? MeasureNote { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public Guid? RecordedById { get; set; }
    public string? RecordedBy { get; set; }
    public string? Evaluation { get; set; }
    public DateTimeOffset? EvaluatedAt { get; set; }
    public string? EvaluatedBy { get; set; }
}
