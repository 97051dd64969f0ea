using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuestLoop.Web.Features.Intake;

internal sealed class IntakeConfiguration :
    IEntityTypeConfiguration<Integration>, IEntityTypeConfiguration<WebhookReceipt>,
    IEntityTypeConfiguration<IntakeKey>, IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<Integration> b)
    {
        b.ToTable("integrations");
        b.Property(i => i.Name).HasMaxLength(100);
        b.Property(i => i.Kind).HasConversion<string>().HasMaxLength(40);
        b.Property(i => i.ProtectedSecret).HasMaxLength(1000);
        b.HasIndex(i => i.Name).IsUnique();
    }

    public void Configure(EntityTypeBuilder<WebhookReceipt> b)
    {
        b.ToTable("webhook_receipts");
        b.Property(r => r.Signature).HasMaxLength(80);
        b.HasIndex(r => new { r.IntegrationId, r.Signature }).IsUnique();
        b.HasIndex(r => r.ExpiresAt);
    }

    public void Configure(EntityTypeBuilder<IntakeKey> b)
    {
        b.ToTable("intake_keys");
        b.HasKey(k => new { k.Scope, k.Key });
        b.Property(k => k.Scope).HasMaxLength(60);
        b.Property(k => k.Key).HasMaxLength(220);
        b.HasIndex(k => k.CaseId);
    }

    public void Configure(EntityTypeBuilder<ImportJob> b)
    {
        b.ToTable("import_jobs");
        b.Property(j => j.FileName).HasMaxLength(260);
        b.Property(j => j.FileSha256).HasMaxLength(64);
        b.Property(j => j.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(j => j.CreatedBy).HasMaxLength(200);
        b.HasIndex(j => j.CreatedAt);
    }
}
