using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuestLoop.Web.Features.Accountability;

internal sealed class AccountabilityConfiguration : IEntityTypeConfiguration<CaseAccountability>
{
    public void Configure(EntityTypeBuilder<CaseAccountability> b)
    {
        b.ToTable("case_accountability");
        b.HasIndex(a => a.CaseId);
        b.HasIndex(a => a.StaffId);
        b.Property(a => a.Findings).HasMaxLength(CaseAccountability.TextMax);
        b.Property(a => a.MeasureNote).HasMaxLength(CaseAccountability.TextMax);
        b.Property(a => a.Evaluation).HasMaxLength(CaseAccountability.TextMax);
        b.Property(a => a.Measures).HasConversion<string>().HasMaxLength(120);
        b.Property(a => a.RecordedBy).HasMaxLength(200);
        b.Property(a => a.EvaluatedBy).HasMaxLength(200);
    }
}
