using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuestLoop.Web.Features.Cases;

internal sealed class SavedViewConfiguration : IEntityTypeConfiguration<SavedView>
{
    public void Configure(EntityTypeBuilder<SavedView> b)
    {
        b.ToTable("saved_views");
        b.HasKey(v => v.Id);
        b.Property(v => v.Id).ValueGeneratedNever();
        b.Property(v => v.Name).HasMaxLength(SavedView.NameMax);
        b.Property(v => v.OwnerName).HasMaxLength(200);
        b.Property(v => v.Query).HasMaxLength(SavedView.QueryMax);
        b.HasIndex(v => v.OwnerId);
        b.HasIndex(v => new { v.Shared, v.PropertyId });
    }
}
