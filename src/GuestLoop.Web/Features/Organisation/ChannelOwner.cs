using GuestLoop.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuestLoop.Web.Features.Organisation;

/// <summary>The staff member responsible for one channel of one property (DESIGN §2: each channel has a responsible owner).</summary>
public sealed class ChannelOwner
{
    public Guid PropertyId { get; set; }
    public Channel Channel { get; set; }
    public Guid StaffId { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class ChannelOwnerConfiguration : IEntityTypeConfiguration<ChannelOwner>
{
    public void Configure(EntityTypeBuilder<ChannelOwner> b)
    {
        b.ToTable("channel_owners");
        b.HasKey(o => new { o.PropertyId, o.Channel });
        b.Property(o => o.Channel).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(o => o.StaffId);
    }
}
