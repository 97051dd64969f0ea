using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuestLoop.Web.Features.Sla;

internal sealed class SlaConfiguration :
    IEntityTypeConfiguration<CalendarRecord>, IEntityTypeConfiguration<CalendarDayRecord>, IEntityTypeConfiguration<PolicyRecord>
{
    public void Configure(EntityTypeBuilder<CalendarRecord> b)
    {
        b.ToTable("calendars");
        b.HasKey(c => c.Code);
        b.Property(c => c.Code).HasMaxLength(40);
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.TimeZoneId).HasMaxLength(64);
        b.PrimitiveCollection(c => c.Shifts);
    }

    public void Configure(EntityTypeBuilder<CalendarDayRecord> b)
    {
        b.ToTable("calendar_days");
        b.HasIndex(d => new { d.CalendarCode, d.Date }).IsUnique();
        b.Property(d => d.CalendarCode).HasMaxLength(40);
        b.Property(d => d.Name).HasMaxLength(100);
        b.Property(d => d.Source).HasMaxLength(300);
    }

    public void Configure(EntityTypeBuilder<PolicyRecord> b)
    {
        b.ToTable("policies");
        b.HasKey(p => p.Code);
        b.Property(p => p.Code).HasMaxLength(40);
        b.Property(p => p.Name).HasMaxLength(200);
    }
}
