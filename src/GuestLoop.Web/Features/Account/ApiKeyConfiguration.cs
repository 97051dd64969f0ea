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
        b.Property(k => k.Role).HasConversion<string>().HasMaxLength(30);
        b.Property(k => k.Authority).HasConversion<string>().HasMaxLength(10);
        b.PrimitiveCollection(k => k.PropertyIds);
    }
}
