using System.Globalization;
using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuestLoop.Web.Features.Surveys;

internal sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> b)
    {
        b.ToTable("surveys");
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).ValueGeneratedNever();
        b.HasOne<Case>().WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.CaseId, s.Cycle }).IsUnique();
        b.HasIndex(s => s.Token).IsUnique();
        b.HasIndex(s => s.NextReminderAt);

        // The answers of a period with what the satisfaction figures read of them (covering on PostgreSQL).
        b.HasIndex(s => s.AnsweredAt).IncludeProperties(s => new { s.CaseId, s.Csat, s.Nps });
        b.Property(s => s.Token).HasMaxLength(64);
        b.Property(s => s.Comment).HasMaxLength(SurveyAnswer.CommentMax);

        // A second answer racing the first fails on this token instead of overwriting it.
        b.Property(s => s.AnsweredAt).IsConcurrencyToken();

        // Stored as minutes, "4320,10080": the schedule is read with the survey, never queried.
        b.Property(s => s.ReminderOffsets).HasColumnName("reminder_minutes").HasMaxLength(200).HasConversion(
            v => string.Join(',', v.Select(t => ((long)t.TotalMinutes).ToString(CultureInfo.InvariantCulture))),
            s => s.Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(m => TimeSpan.FromMinutes(long.Parse(m, CultureInfo.InvariantCulture))).ToList(),
            new ValueComparer<IReadOnlyList<TimeSpan>>((x, y) => x!.SequenceEqual(y!), v => v.Aggregate(0, (h, t) => HashCode.Combine(h, t)),
                v => v.ToList()));
        b.Ignore(s => s.Unsatisfied);
        b.Ignore(s => s.NpsCategory);
    }
}
