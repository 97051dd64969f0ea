using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuestLoop.Web.Features.Organisation;

internal sealed class OrganisationConfiguration :
    IEntityTypeConfiguration<Enterprise>, IEntityTypeConfiguration<Property>,
    IEntityTypeConfiguration<Department>, IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<Enterprise> b)
    {
        b.ToTable("enterprises");
        b.Property(e => e.Name).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<Property> b)
    {
        b.ToTable("properties");
        b.HasIndex(p => p.Code).IsUnique();
        b.Property(p => p.Code).HasMaxLength(40);
        b.Property(p => p.Name).HasMaxLength(200);
        b.Property(p => p.Type).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.TimeZoneId).HasMaxLength(64);
        b.Property(p => p.CalendarCode).HasMaxLength(40);
        b.Property(p => p.PolicyCode).HasMaxLength(40);
    }

    public void Configure(EntityTypeBuilder<Department> b)
    {
        b.ToTable("departments");
        b.Property(d => d.Name).HasMaxLength(200);
        b.Property(d => d.Function).HasConversion<string>().HasMaxLength(30);
        b.Property(d => d.CalendarCode).HasMaxLength(40);
    }

    public void Configure(EntityTypeBuilder<StaffMember> b)
    {
        b.ToTable("staff");
        b.HasIndex(s => s.UserName).IsUnique();
        b.Property(s => s.UserName).HasMaxLength(100);
        b.Property(s => s.DisplayName).HasMaxLength(200);
        b.Property(s => s.Role).HasConversion<string>().HasMaxLength(30);
        b.Property(s => s.Authority).HasConversion<string>().HasMaxLength(10);
        b.PrimitiveCollection(s => s.PropertyIds);
        b.Property(s => s.SecurityStamp).HasMaxLength(64);
        b.Property(s => s.RecoveryCodeHashes).HasMaxLength(1000);
    }
}
