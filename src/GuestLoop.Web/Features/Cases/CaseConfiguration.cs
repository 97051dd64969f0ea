using GuestLoop.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GuestLoop.Web.Features.Cases;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> b)
    {
        b.ToTable("cases");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.HasIndex(c => c.Number).IsUnique();
        b.HasIndex(c => c.TrackingToken).IsUnique();
        b.HasIndex(c => new { c.PropertyId, c.Status, c.ReceivedAt });
        b.HasIndex(c => new { c.Status, c.ReceivedAt });

        // A view by status and kind ("received complaints") is then counted and paged from the index alone.
        b.HasIndex(c => new { c.Status, c.Kind, c.ReceivedAt });
        // A person's cases and the unassigned ones (AssigneeId null), newest first and counted by status, from the index alone.
        b.HasIndex(c => new { c.AssigneeId, c.ReceivedAt, c.Status });
        b.HasIndex(c => new { c.DepartmentId, c.Status });
        // Covers the dashboard's scans of a period on PostgreSQL, which then never read the wide case rows.
        b.HasIndex(c => c.ReceivedAt)
            .IncludeProperties(c => new { c.Id, c.PropertyId, c.DepartmentId, c.Kind, c.Category, c.Channel, c.ReopenCount, c.GuestId });
        // A property's cases of a period; with the category, the early warning's counts by category read the index alone.
        b.HasIndex(c => new { c.PropertyId, c.ReceivedAt, c.Category });

        // The open cases by urgency and newest first, with the instants kept for them.
        CaseUrgency.Configure(b);
        b.HasIndex(c => c.ReceivedAt, "IX_cases_reopened_ReceivedAt").HasFilter("\"ReopenCount\" >= 1")
            .IncludeProperties(c => new { c.PropertyId, c.DepartmentId, c.ReopenCount });
        b.HasIndex(c => c.GuestId);
        b.Property(c => c.Number).HasMaxLength(40);
        b.Property(c => c.TrackingToken).HasMaxLength(64);
        b.Property(c => c.Title).HasMaxLength(Case.TitleMax);
        b.Property(c => c.Description).HasMaxLength(Case.DescriptionMax);
        b.Property(c => c.ExternalRef).HasMaxLength(200);
        b.Property(c => c.Place).HasMaxLength(300);
        b.Property(c => c.UpdatedAt).IsConcurrencyToken();
        foreach (var p in new[] { nameof(Case.Kind), nameof(Case.Channel), nameof(Case.Status), nameof(Case.Category), nameof(Case.Severity), nameof(Case.Object) })
        {
            b.Property(p).HasConversion<string>().HasMaxLength(20);
        }

        b.OwnsOne(c => c.Complainant, o =>
        {
            o.Property(x => x.Name).HasColumnName("complainant_name").HasMaxLength(100);
            o.Property(x => x.Phone).HasColumnName("complainant_phone").HasMaxLength(40);
            o.Property(x => x.Email).HasColumnName("complainant_email").HasMaxLength(200);
            o.Property(x => x.IdNumber).HasColumnName("complainant_id_number").HasMaxLength(40);
        });
        b.Navigation(c => c.Complainant).IsRequired();
        b.Property(c => c.PolicyOverride).HasMaxLength(40);
        b.OwnsOne(c => c.Transfer, o =>
        {
            o.Property(x => x.Regulator).HasColumnName("regulator_name").HasMaxLength(RegulatorTransfer.RegulatorMax);
            o.Property(x => x.ReferenceNumber).HasColumnName("regulator_reference").HasMaxLength(RegulatorTransfer.ReferenceMax);
            o.Property(x => x.TransferredAt).HasColumnName("regulator_transferred_at");
        });
        b.OwnsMany(c => c.RegulatorDocuments, o =>
        {
            o.ToTable("case_regulator_documents");
            o.WithOwner().HasForeignKey("CaseId");
            o.Property<int>("Id");
            o.HasKey("Id");
            o.Property(x => x.Name).HasMaxLength(RegulatorDocument.NameMax);
            o.Property(x => x.Url).HasMaxLength(RegulatorDocument.UrlMax);
        });
        b.Navigation(c => c.RegulatorDocuments).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.OwnsOne(c => c.Assessment, o =>
        {
            o.Property(x => x.Severity).HasColumnName("assessment_severity");
            o.Property(x => x.Difficulty).HasColumnName("assessment_difficulty");
            o.Property(x => x.Timeliness).HasColumnName("assessment_timeliness");
        });
        b.OwnsOne(c => c.Responsibility, o => o.ToTable("case_responsibility"));
        b.OwnsOne(c => c.FollowUp, o =>
        {
            o.Property(x => x.Way).HasColumnName("follow_up_way").HasMaxLength(40);
            o.Property(x => x.Satisfaction).HasColumnName("follow_up_satisfaction");
            o.Property(x => x.Note).HasColumnName("follow_up_note");
        });

        b.Property(c => c.MergedIntoNumber).HasMaxLength(40);
        // Only merged cases: a full index would offer SQLite "MergedIntoId IS NULL" as a lookup that matches nearly every case.
        b.HasIndex(c => c.MergedIntoId).HasFilter("\"MergedIntoId\" IS NOT NULL");
        b.Property(c => c.PraisedNames).HasMaxLength(Case.PraisedNamesMax);
        b.HasIndex(c => new { c.Kind, c.RecognisedAt });
        b.OwnsMany(c => c.PraisedStaff, o =>
        {
            o.ToTable("case_praised_staff");
            o.WithOwner().HasForeignKey("CaseId");
            o.Property<int>("Id");
            o.HasKey("Id");
            o.Property(x => x.Name).HasMaxLength(200);
            o.HasIndex(x => x.StaffId);
        });
        b.Navigation(c => c.PraisedStaff).UsePropertyAccessMode(PropertyAccessMode.Field);

        b.HasMany(c => c.History).WithOne().HasForeignKey("CaseId").OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Replies).WithOne().HasForeignKey("CaseId").OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Pauses).WithOne().HasForeignKey("CaseId").OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Evidence).WithOne().HasForeignKey("CaseId").OnDelete(DeleteBehavior.Cascade);
        foreach (var nav in new[] { nameof(Case.History), nameof(Case.Replies), nameof(Case.Pauses), nameof(Case.Evidence) })
        {
            b.Navigation(nav).UsePropertyAccessMode(PropertyAccessMode.Field);
        }

        b.Ignore(c => c.IsPaused);
        b.Ignore(c => c.IsClosed);
        b.Ignore(c => c.RequiredAuthority);
    }
}

internal sealed class CaseChildrenConfiguration :
    IEntityTypeConfiguration<CaseEvent>, IEntityTypeConfiguration<CaseReply>,
    IEntityTypeConfiguration<CasePause>, IEntityTypeConfiguration<CaseEvidence>
{
    public void Configure(EntityTypeBuilder<CaseEvent> b)
    {
        b.ToTable("case_events");
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Action).HasConversion<string>().HasMaxLength(30);
        b.Property(e => e.ActorName).HasMaxLength(200);
        b.HasIndex("CaseId", nameof(CaseEvent.At));
        // The cases a staff member recorded, newest first (the new-case form's usual channel): one row a case, and only
        // for receipts by staff, so intake from the public form and integrations writes no entry in it.
        b.HasIndex([nameof(CaseEvent.ActorId), nameof(CaseEvent.At)], "IX_case_events_receipts_by_staff")
            .HasFilter("\"Action\" = 'Receive' AND \"ActorId\" IS NOT NULL");
    }

    // Children get their ids in the domain; "never generated" makes EF insert a new child added to a loaded case.
    public void Configure(EntityTypeBuilder<CaseReply> b)
    {
        b.ToTable("case_replies");
        b.Property(e => e.Id).ValueGeneratedNever();
    }

    public void Configure(EntityTypeBuilder<CasePause> b)
    {
        b.ToTable("case_pauses");
        b.Property(e => e.Id).ValueGeneratedNever();
    }

    public void Configure(EntityTypeBuilder<CaseEvidence> b)
    {
        b.ToTable("case_evidence");
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.FileName).HasMaxLength(260);
        b.Property(e => e.ContentType).HasMaxLength(100);
        b.Property(e => e.StorageKey).HasMaxLength(200);
    }
}
