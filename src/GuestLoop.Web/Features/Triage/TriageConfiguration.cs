using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuestLoop.Web.Features.Triage;

internal sealed class TriageConfiguration : IEntityTypeConfiguration<TriageModelRecord>, IEntityTypeConfiguration<TriageKeywordList>
{
    public void Configure(EntityTypeBuilder<TriageModelRecord> b)
    {
        b.ToTable("triage_models");
        b.HasKey(m => m.Id);
        b.Property(m => m.Id).ValueGeneratedNever();
        b.HasIndex(m => new { m.EnterpriseId, m.Slot }).IsUnique();
        b.HasIndex(m => new { m.EnterpriseId, m.StartedAt });
        b.Property(m => m.Slot).HasMaxLength(60);
        b.Property(m => m.Error).HasMaxLength(1000);
    }

    public void Configure(EntityTypeBuilder<TriageKeywordList> b)
    {
        b.ToTable("triage_keywords");
        b.HasKey(k => k.EnterpriseId);
        b.Property(k => k.Text).HasMaxLength(60_000);
    }
}
