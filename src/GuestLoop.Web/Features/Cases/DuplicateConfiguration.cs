using GuestLoop.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuestLoop.Web.Features.Cases;

internal sealed class DuplicateConfiguration : IEntityTypeConfiguration<DuplicateCandidate>
{
    public void Configure(EntityTypeBuilder<DuplicateCandidate> b)
    {
        b.ToTable("duplicate_candidates");
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).ValueGeneratedNever();
        b.HasIndex(d => new { d.CaseId, d.EarlierCaseId }).IsUnique();
        b.HasIndex(d => d.EarlierCaseId);
        b.Property(d => d.Reason).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.State).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.DecidedBy).HasMaxLength(200);
    }
}
