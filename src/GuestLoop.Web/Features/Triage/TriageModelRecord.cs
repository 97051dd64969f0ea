namespace GuestLoop.Web.Features.Triage;

/// <summary>
/// One training run of an enterprise's triage model and, once it succeeded, the model itself: both classifiers as
/// ML.NET bytes, so every instance on the shared database suggests with the same model. The unique slot per
/// enterprise lets one instance take each scheduled run. Only the newest successful run keeps its bytes.
/// </summary>
public sealed class TriageModelRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EnterpriseId { get; set; }
    public string Slot { get; set; } = string.Empty;
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public string? Error { get; set; }
    public int TrainingCases { get; set; }
    public int HeldOutCases { get; set; }
    public double CategoryAccuracy { get; set; }
    public double SeverityAccuracy { get; set; }
    public byte[]? CategoryModel { get; set; }
    public byte[]? SeverityModel { get; set; }
}

/// <summary>An enterprise's own triage keyword lists (<see cref="GuestLoop.Domain.Triage.TriageKeywords"/> text); without a row the defaults apply.</summary>
public sealed class TriageKeywordList
{
    public Guid EnterpriseId { get; set; }
    public string Text { get; set; } = string.Empty;
    public DateTimeOffset UpdatedAt { get; set; }
}
