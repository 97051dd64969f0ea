using GuestLoop.Domain.Replies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuestLoop.Web.Features.Replies;

internal sealed class CannedReplyConfiguration : IEntityTypeConfiguration<CannedReply>
{
    public void Configure(EntityTypeBuilder<CannedReply> b)
    {
        b.ToTable("canned_replies");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Name).HasMaxLength(CannedReplyText.NameMax);
        b.Property(r => r.Body).HasMaxLength(CannedReplyText.BodyMax);
        b.Property(r => r.Language).HasMaxLength(10);
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Category).HasConversion<string>().HasMaxLength(40);
        b.Property(r => r.OwnerName).HasMaxLength(200);
        b.HasIndex(r => r.OwnerId);
        b.HasIndex(r => new { r.Shared, r.PropertyId });
    }
}
