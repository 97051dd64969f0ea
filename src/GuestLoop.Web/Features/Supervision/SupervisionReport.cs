using GuestLoop.Domain.Supervision;

namespace GuestLoop.Web.Features.Supervision;

/// <summary>
/// A report of mishandling or delay to the supervision office. An anonymous report has no reporter columns
/// filled at all: nothing links it to a person, not even for administrators.
/// </summary>
public sealed class SupervisionReport
{
    public const int TextMax = 4000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public ReportKind Kind { get; set; }
    public ReportSource Source { get; set; }
    public Guid? CaseId { get; set; }
    public Guid? PropertyId { get; set; }
    public required string Text { get; set; }
    public bool Anonymous { get; set; }
    public Guid? ReporterStaffId { get; set; }
    public string? ReporterName { get; set; }
    public string? ReporterContact { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? HandledAt { get; set; }
    public string? HandlingNote { get; set; }
}
