using GuestLoop.Web.Features.Analytics;
using GuestLoop.Web.Features.Search;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GuestLoop.Web.Data;

/// <summary>PostgreSQL, for deployments with several app instances on one database.</summary>
public sealed class PostgresGuestLoopDbContext(DbContextOptions<PostgresGuestLoopDbContext> options) : GuestLoopDbContext(options)
{
    /// <summary>timestamptz holds instants; any offset the domain produces (a deadline in +08:00) is written as UTC.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();

    /// <summary>The search vector: computed from the stored terms by the server, title terms weighted A, GIN-indexed.</summary>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<CaseSearchDocument>(b =>
        {
            b.Property<NpgsqlTsVector>(CaseSearch.VectorProperty).HasColumnName("search_vector")
                .HasComputedColumnSql("setweight(to_tsvector('simple'::regconfig, title_terms), 'A') || to_tsvector('simple'::regconfig, body_terms)", stored: true);
            b.HasIndex(CaseSearch.VectorProperty).HasMethod("GIN");
        });

        // The daily volume roll-up, kept by triggers on cases (see VolumeRollup).
        modelBuilder.Entity<CaseVolumeDay>(b =>
        {
            b.ToTable("case_volume_days");
            b.HasKey(d => new { d.Day, d.Dimension, d.Key });
            b.Property(d => d.Dimension).HasMaxLength(16);
            b.Property(d => d.Key).HasMaxLength(64);
        });
        modelBuilder.Entity<CaseVolumeChange>(b =>
        {
            b.ToTable("case_volume_changes");
            b.Property(c => c.Dimension).HasMaxLength(16);
            b.Property(c => c.Key).HasMaxLength(64);
        });
    }

    private sealed class UtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
}
