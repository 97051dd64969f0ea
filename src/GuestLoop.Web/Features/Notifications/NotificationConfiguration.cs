using GuestLoop.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuestLoop.Web.Features.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("notifications");
        b.HasIndex(n => new { n.CaseId, n.Stage, n.StageStartedAt, n.Event, n.RecipientId }).IsUnique();
        // The bell's count: one recipient's unread, delivered notices.
        b.HasIndex(n => new { n.RecipientId, n.ReadAt, n.DeliverAfter });
        b.HasIndex(n => new { n.EmailedAt, n.DeliverAfter });
        b.Property(n => n.CaseNumber).HasMaxLength(40);
        b.Property(n => n.CaseTitle).HasMaxLength(Case.TitleMax);
        b.Property(n => n.Stage).HasConversion<string>().HasMaxLength(20);
        b.Property(n => n.Event).HasConversion<string>().HasMaxLength(20);
        b.Property(n => n.Subject).HasConversion<string>().HasMaxLength(20);
    }
}
