using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuestLoop.Web.Features.Account;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> b)
    {
        b.ToTable("api_keys");
        b.HasIndex(k => k.KeyHash).IsUnique();
        b.Property(k => k.KeyHash).HasMaxLength(64);
        b.Property(k => k.Name).HasMaxLength(100);
        b.Property(k => k.Scope).HasConversion<string>().HasMaxLength(20);
    }
}
