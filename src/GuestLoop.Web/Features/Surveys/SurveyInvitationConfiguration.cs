using GuestLoop.Domain.Customers;
using GuestLoop.Web.Features.Organisation;
using GuestLoop.Domain.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuestLoop.Web.Features.Surveys;

internal sealed class SurveyInvitationConfiguration : IEntityTypeConfiguration<SurveyTemplateRecord>, IEntityTypeConfiguration<SurveyInvitation>
{
    public void Configure(EntityTypeBuilder<SurveyTemplateRecord> b)
    {
        b.ToTable("survey_templates");
        b.HasKey(t => t.Id);
        b.Property(t => t.Id).ValueGeneratedNever();
        b.HasOne<Property>().WithMany().HasForeignKey(t => t.PropertyId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Department>().WithMany().HasForeignKey(t => t.DepartmentId).OnDelete(DeleteBehavior.SetNull);

        // One template per property and occasion: the one a send after that occasion uses.
        b.HasIndex(t => new { t.PropertyId, t.Occasion }).IsUnique();
        b.Property(t => t.Occasion).HasConversion<string>().HasMaxLength(40);
        b.Property(t => t.Title).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<SurveyInvitation> b)
    {
        b.ToTable("survey_invitations");
        b.HasKey(i => i.Id);
        b.Property(i => i.Id).ValueGeneratedNever();
        b.HasOne<SurveyTemplateRecord>().WithMany().HasForeignKey(i => i.TemplateId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Guest>().WithMany().HasForeignKey(i => i.GuestId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(i => i.Token).IsUnique();

        // The sending rule reads a guest's latest invitation; results read a property's invitations of a period.
        b.HasIndex(i => new { i.GuestId, i.SentAt });
        b.HasIndex(i => new { i.PropertyId, i.SentAt });
        b.HasIndex(i => i.ReminderDueAt);
        b.Property(i => i.Occasion).HasConversion<string>().HasMaxLength(40);
        b.Property(i => i.Token).HasMaxLength(64);
        b.Property(i => i.VisitReference).HasMaxLength(GuestVisit.ReferenceMax);

        // A second answer racing the first fails on this token instead of overwriting it.
        b.Property(i => i.AnsweredAt).IsConcurrencyToken();
        b.OwnsMany(i => i.Answers, a =>
        {
            a.ToTable("survey_invitation_answers");
            a.WithOwner().HasForeignKey("InvitationId");
            a.Property<int>("Id");
            a.HasKey("Id");
            a.Property(x => x.QuestionKey).HasMaxLength(100);
            a.Property(x => x.Value).HasMaxLength(SurveyAnswer.CommentMax);
        });
        b.Navigation(i => i.Answers).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
