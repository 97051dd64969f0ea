using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuestLoop.Web.Features.Analytics.Reports;

public enum ReportState
{
    Queued,
    Running,
    Done,
    Failed,
}

/// <summary>One quarterly evaluation report: asked for, built in the background with its progress, then kept for download.</summary>
public sealed class QuarterlyReport
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Year { get; set; }
    public int Quarter { get; set; }
    public Guid? PropertyId { get; set; }
    public string? PropertyCode { get; set; }
    public ReportState State { get; set; }
    public int Progress { get; set; }
    public string? Message { get; set; }
    public bool HasPdf { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }

    public string FileName(string extension) => $"quarterly-{Year}-Q{Quarter}-{PropertyCode ?? "all"}.{extension}";
}

internal sealed class QuarterlyReportConfiguration : IEntityTypeConfiguration<QuarterlyReport>
{
    public void Configure(EntityTypeBuilder<QuarterlyReport> b)
    {
        b.ToTable("quarterly_reports");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.HasIndex(r => r.CreatedAt);
        b.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.PropertyCode).HasMaxLength(40);
        b.Property(r => r.Message).HasMaxLength(1000);
        b.Property(r => r.CreatedBy).HasMaxLength(200);
    }
}
