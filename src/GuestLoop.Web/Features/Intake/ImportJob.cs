namespace GuestLoop.Web.Features.Intake;

public enum ImportStatus
{
    Running,
    /// <summary>A dry run that checked every row and wrote nothing.</summary>
    Checked,
    Succeeded,
    /// <summary>The file has bad rows: nothing was imported.</summary>
    Rejected,
    Failed,
}

/// <summary>One import of a file, polled by the page and the API while it runs: how far it got and what it found.</summary>
public sealed class ImportJob
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PropertyId { get; set; }
    public required string FileName { get; set; }
    public required string FileSha256 { get; set; }
    public bool DryRun { get; set; }
    public ImportStatus Status { get; set; }
    public int Total { get; set; }
    public int Processed { get; set; }
    public int Created { get; set; }
    public int Duplicates { get; set; }

    /// <summary>The bad rows as JSON: <c>[{"line":3,"reasons":["title: …"]}]</c>.</summary>
    public string? RowErrors { get; set; }
    public string? Message { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }

    public bool Finished => Status != ImportStatus.Running;
}
