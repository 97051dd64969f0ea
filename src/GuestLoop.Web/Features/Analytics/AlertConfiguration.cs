using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuestLoop.Web.Features.Analytics;

internal sealed class AlertConfiguration : IEntityTypeConfiguration<Alert>, IEntityTypeConfiguration<RiskWordList>
{
    public void Configure(EntityTypeBuilder<Alert> b)
    {
        b.ToTable("alerts");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedNever();
        b.HasIndex(a => a.Key).IsUnique();
        b.HasIndex(a => new { a.PropertyId, a.CreatedAt });
        b.Property(a => a.Key).HasMaxLength(200);
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(a => a.Title).HasMaxLength(300);
        b.Property(a => a.Evidence).HasMaxLength(2000);
        b.Property(a => a.CasesLink).HasMaxLength(1000);
    }

    public void Configure(EntityTypeBuilder<RiskWordList> b)
    {
        b.ToTable("risk_words");
        b.HasKey(r => r.EnterpriseId);
        b.Property(r => r.Words).HasMaxLength(30_000);
    }
}
