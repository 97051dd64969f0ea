using GuestLoop.Domain.Improvement;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuestLoop.Web.Features.Improvement;

internal sealed class ImprovementConfiguration : IEntityTypeConfiguration<ImprovementAction>
{
    public void Configure(EntityTypeBuilder<ImprovementAction> b)
    {
        b.ToTable("improvement_actions");
        b.Property(a => a.Title).HasMaxLength(ImprovementAction.TitleMax);
        b.Property(a => a.Source).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.State).HasConversion<string>().HasMaxLength(20);
        b.PrimitiveCollection(a => a.CaseIds);
        b.HasIndex(a => new { a.State, a.DueOn });
        b.HasIndex(a => a.OwnerId);
        b.OwnsMany(a => a.Progress, p =>
        {
            p.ToTable("improvement_progress");
            p.WithOwner().HasForeignKey("ActionId");
            p.HasKey(x => x.Id);
            p.Property(x => x.By).HasMaxLength(200);
            p.Property(x => x.Kind).HasMaxLength(20);
        });
        b.Navigation(a => a.Progress).HasField("_progress").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
