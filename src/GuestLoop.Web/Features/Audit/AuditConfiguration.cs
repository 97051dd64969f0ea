using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuestLoop.Web.Features.Audit;

internal sealed class AuditConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("audit_log");
        b.HasIndex(e => new { e.Entity, e.EntityKey, e.At });
        b.HasIndex(e => e.At);
        b.Property(e => e.ActorName).HasMaxLength(200);
        b.Property(e => e.Action).HasMaxLength(60);
        b.Property(e => e.Entity).HasMaxLength(60);
        b.Property(e => e.EntityKey).HasMaxLength(200);
    }
}
