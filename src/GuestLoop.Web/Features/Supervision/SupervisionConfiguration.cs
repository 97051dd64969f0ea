using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuestLoop.Web.Features.Supervision;

internal sealed class SupervisionConfiguration : IEntityTypeConfiguration<AuditSampleEntry>, IEntityTypeConfiguration<SupervisionReport>
{
    public void Configure(EntityTypeBuilder<AuditSampleEntry> b)
    {
        b.ToTable("audit_samples");
        b.HasIndex(e => new { e.PropertyId, e.Year, e.Month, e.CaseId }).IsUnique();
        b.HasIndex(e => e.CaseId);
        b.Property(e => e.Seed).HasMaxLength(80);
        b.Property(e => e.CaseNumber).HasMaxLength(40);
        b.Property(e => e.AuditorName).HasMaxLength(200);
        b.Property(e => e.Share).HasPrecision(5, 4);
        b.Ignore(e => e.Failed);
    }

    public void Configure(EntityTypeBuilder<SupervisionReport> b)
    {
        b.ToTable("supervision_reports");
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Source).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Text).HasMaxLength(SupervisionReport.TextMax);
        b.Property(r => r.ReporterName).HasMaxLength(200);
        b.Property(r => r.ReporterContact).HasMaxLength(200);
        b.HasIndex(r => r.CreatedAt);
    }
}
