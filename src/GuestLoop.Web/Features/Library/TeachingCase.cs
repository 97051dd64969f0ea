using GuestLoop.Domain.Cases;

namespace GuestLoop.Web.Features.Library;

/// <summary>A closed case written up without the guest's personal data, for training (案例库).</summary>
public sealed class TeachingCase
{
    public const int TextMax = 10_000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid SourceCaseId { get; set; }
    public Category Category { get; set; }
    public CaseKind Kind { get; set; }
    public required string Title { get; set; }
    public required string Background { get; set; }
    public required string Complaint { get; set; }
    public required string Handling { get; set; }
    public required string Lessons { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? Author { get; set; }
}
