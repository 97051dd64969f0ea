using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Compensation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuestLoop.Web.Features.Compensation;

internal sealed class CompensationConfiguration :
    IEntityTypeConfiguration<GuestCompensation>, IEntityTypeConfiguration<NegotiationEntry>,
    IEntityTypeConfiguration<Remedy>, IEntityTypeConfiguration<CompensationLimitsRecord>
{
    public void Configure(EntityTypeBuilder<GuestCompensation> b)
    {
        b.ToTable("compensations");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.HasOne<Case>().WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.PropertyId, c.DecidedAt });
        b.Property(c => c.Basis).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Method).HasConversion<string>().HasMaxLength(20);
        // Two people approving or paying at once: the second save finds the state changed and is refused (409).
        b.Property(c => c.State).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
        b.Property(c => c.Amount).HasPrecision(18, 2);
        b.Property(c => c.Currency).HasMaxLength(3);
        b.Property(c => c.Scope).HasMaxLength(GuestCompensation.ScopeMax);
        b.Property(c => c.ProposedBy).HasMaxLength(GuestCompensation.ShortMax);
        b.Property(c => c.DecidedBy).HasMaxLength(GuestCompensation.ShortMax);
        b.Property(c => c.DecisionNote).HasMaxLength(GuestCompensation.ShortMax * 10);
        b.Property(c => c.AgreementText).HasMaxLength(GuestCompensation.TextMax);
        b.Property(c => c.AcceptedBy).HasMaxLength(GuestCompensation.ShortMax);
        b.Property(c => c.PaidBy).HasMaxLength(GuestCompensation.ShortMax);
        b.Property(c => c.PaymentReference).HasMaxLength(GuestCompensation.ShortMax);
        b.HasMany(c => c.Negotiation).WithOne().HasForeignKey("CompensationId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Negotiation).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(c => c.Money);
        b.Ignore(c => c.IsApproved);
    }

    public void Configure(EntityTypeBuilder<NegotiationEntry> b)
    {
        b.ToTable("compensation_negotiation");
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Note).HasMaxLength(NegotiationEntry.NoteMax);
        b.Property(e => e.ByName).HasMaxLength(GuestCompensation.ShortMax);
    }

    public void Configure(EntityTypeBuilder<Remedy> b)
    {
        b.ToTable("remedies");
        b.Property(r => r.Id).ValueGeneratedNever();
        b.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => r.CaseId);
        b.HasIndex(r => new { r.OwnerId, r.State });
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(r => r.State).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
        b.Property(r => r.Description).HasMaxLength(Remedy.DescriptionMax);
        b.Property(r => r.DoneNote).HasMaxLength(Remedy.DescriptionMax);
        b.Property(r => r.VerifiedNote).HasMaxLength(Remedy.DescriptionMax);
        b.Property(r => r.OwnerName).HasMaxLength(GuestCompensation.ShortMax);
        b.Property(r => r.CreatedBy).HasMaxLength(GuestCompensation.ShortMax);
        b.Property(r => r.DoneBy).HasMaxLength(GuestCompensation.ShortMax);
        b.Property(r => r.VerifiedBy).HasMaxLength(GuestCompensation.ShortMax);
    }

    public void Configure(EntityTypeBuilder<CompensationLimitsRecord> b)
    {
        b.ToTable("compensation_limits");
        b.HasKey(l => l.EnterpriseId);
        b.Property(l => l.Level3Max).HasPrecision(18, 2);
        b.Property(l => l.Level2Max).HasPrecision(18, 2);
        b.Property(l => l.Currency).HasMaxLength(3);
        b.Property(l => l.GuestCap).HasPrecision(18, 2);
    }
}
