using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuestLoop.Web.Features.Mail;

internal sealed class MailConfiguration :
    IEntityTypeConfiguration<Mailbox>, IEntityTypeConfiguration<MailReceipt>, IEntityTypeConfiguration<CaseMessageId>
{
    public void Configure(EntityTypeBuilder<Mailbox> b)
    {
        b.ToTable("mailboxes");
        b.Property(m => m.Name).HasMaxLength(100);
        b.Property(m => m.Host).HasMaxLength(200);
        b.Property(m => m.Tls).HasConversion<string>().HasMaxLength(20);
        b.Property(m => m.UserName).HasMaxLength(200);
        b.Property(m => m.ProtectedPassword).HasMaxLength(2000);
        b.Property(m => m.Folder).HasMaxLength(200);
        b.Property(m => m.Address).HasMaxLength(254);
        b.Property(m => m.LastError).HasMaxLength(1000);
        b.Property(m => m.LeaseOwner).HasMaxLength(100);
        b.HasIndex(m => m.Name).IsUnique();
        b.HasIndex(m => m.NextAttemptAt);
    }

    public void Configure(EntityTypeBuilder<MailReceipt> b)
    {
        b.ToTable("mail_receipts");
        b.Property(r => r.MessageKey).HasMaxLength(260);
        b.Property(r => r.Outcome).HasMaxLength(40);
        b.Property(r => r.Note).HasMaxLength(2000);
        b.HasIndex(r => new { r.MailboxId, r.MessageKey }).IsUnique();
        b.HasIndex(r => r.CaseId);
    }

    public void Configure(EntityTypeBuilder<CaseMessageId> b)
    {
        b.ToTable("case_message_ids");
        b.HasKey(m => m.MessageId);
        b.Property(m => m.MessageId).HasMaxLength(260);
        b.HasIndex(m => m.CaseId);
    }
}
