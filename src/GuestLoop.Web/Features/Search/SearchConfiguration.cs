using GuestLoop.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuestLoop.Web.Features.Search;

internal sealed class SearchConfiguration : IEntityTypeConfiguration<CaseSearchDocument>
{
    public void Configure(EntityTypeBuilder<CaseSearchDocument> b)
    {
        b.ToTable(CaseSearchIndex.Table);
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).HasColumnName("id").ValueGeneratedOnAdd();
        b.Property(d => d.CaseId).HasColumnName("case_id");
        b.Property(d => d.TitleTerms).HasColumnName("title_terms");
        b.Property(d => d.BodyTerms).HasColumnName("body_terms");
        b.HasIndex(d => d.CaseId).IsUnique();
        b.HasOne<Case>().WithOne().HasForeignKey<CaseSearchDocument>(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
