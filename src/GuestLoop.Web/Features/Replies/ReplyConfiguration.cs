using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuestLoop.Web.Features.Replies;

internal sealed class ReplyConfiguration : IEntityTypeConfiguration<SmsMessage>
{
    public void Configure(EntityTypeBuilder<SmsMessage> b)
    {
        b.ToTable("sms_outbox");
        b.Property(m => m.Purpose).HasMaxLength(30);
        b.Property(m => m.Text).HasMaxLength(1000);
        b.Property(m => m.Gateway).HasMaxLength(20);
        b.Property(m => m.Status).HasMaxLength(20);
        b.Property(m => m.Error).HasMaxLength(1000);
        b.HasIndex(m => m.CaseId);
        b.HasIndex(m => m.SurveyId);
    }
}
