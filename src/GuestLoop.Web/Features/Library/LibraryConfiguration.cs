using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuestLoop.Web.Features.Library;

internal sealed class LibraryConfiguration : IEntityTypeConfiguration<TeachingCase>
{
    public void Configure(EntityTypeBuilder<TeachingCase> b)
    {
        b.ToTable("teaching_cases");
        b.Property(t => t.Category).HasConversion<string>().HasMaxLength(30);
        b.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(t => t.Title).HasMaxLength(Domain.Cases.Case.TitleMax);
        foreach (var text in new[] { nameof(TeachingCase.Background), nameof(TeachingCase.Complaint), nameof(TeachingCase.Handling), nameof(TeachingCase.Lessons) })
        {
            b.Property(text).HasMaxLength(TeachingCase.TextMax);
        }

        b.Property(t => t.Author).HasMaxLength(200);
        b.HasIndex(t => t.Category);
    }
}
