using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Customers;
using GuestLoop.Domain.Organisation;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Analytics;
using GuestLoop.Web.Features.Audit;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Features.Customers;
using GuestLoop.Web.Features.Mail;
using GuestLoop.Web.Features.Replies;
using GuestLoop.Web.Features.Sla;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Intake;

/// <summary>
/// Saves new cases in one transaction, each exactly as every channel's case is saved: a number of its property's day,
/// its guest found or created (and flagged as a repeat complainant), its risk words raised, its deadlines, its probable
/// duplicates, the tracking link told to the guest of a phone or desk case, and what its channel brought with it. The search
/// document and the cluster's news follow from the save.
/// </summary>
public sealed class IntakeBatch(GuestLoopDbContext db, CaseNumbers numbers, CaseWorkflow workflow, GuestMatching guests,
    EarlyWarning warnings, DuplicateFinder duplicates, SlaCatalog sla, AuditLog audit, TrackingLinkNotice trackingLinks)
{
    public async Task<IReadOnlyList<ReceivedCase>> SaveAsync(IReadOnlyList<(CaseIntake Intake, DateTimeOffset At)> items, CancellationToken ct)
    {
        // Every look at the tracked cases and guests (a batch compares its cases with each other) would scan all tracked
        // entities for changes first; the batch only adds and links, so one scan before the save is enough.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        // On PostgreSQL several writers save batches at once: their numbers are taken before the transaction, so no batch
        // holds a property's counter row while it saves (a failed batch leaves a gap). SQLite has one writer, and a
        // separate commit would cost a second sync to disk.
        var next = db.Database.IsSqlite() ? [] : await ReserveAsync(items, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (next.Count == 0)
        {
            next = await ReserveAsync(items, ct);
        }

        await guests.PreloadAsync(items.Select(x => x.Intake.Case.Complainant).OfType<Complainant>()
            .Select(c => new GuestDetails(c.Name, c.Phone, c.Email, c.IdNumber)), ct);
        var cases = new List<Case>(items.Count);
        foreach (var (intake, at) in items)
        {
            var day = Day(intake, at);
            var @case = Case.Receive(intake.Case, CaseNumbers.Format(day.Code, day.Date, next[day]++), CaseWorkflow.NewTrackingToken(), intake.Actor, at);
            await ReceiveAsync(@case, intake, at, ct);
            cases.Add(@case);
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        trackingLinks.Committed();
        var deadlines = db.CaseDeadlines.Local.ToLookup(d => d.CaseId);
        return cases.Select(c => new ReceivedCase(c, deadlines[c.Id].ToList())).ToList();
    }

    private async Task<Dictionary<(string Code, DateOnly Date), long>> ReserveAsync(IReadOnlyList<(CaseIntake Intake, DateTimeOffset At)> items,
        CancellationToken ct)
    {
        var next = new Dictionary<(string Code, DateOnly Date), long>();
        foreach (var day in items.GroupBy(x => Day(x.Intake, x.At)))
        {
            next[day.Key] = await numbers.ReserveAsync(day.Key.Code, day.Key.Date, day.Count(), ct);
        }

        return next;
    }

    private static (string Code, DateOnly Date) Day(CaseIntake intake, DateTimeOffset at) => (intake.Property.Code, intake.Property.LocalDate(at));

    private async Task ReceiveAsync(Case @case, CaseIntake intake, DateTimeOffset at, CancellationToken ct)
    {
        var property = intake.Property;
        if (intake.Transfer is { } transfer)
        {
            @case.RecordRegulatorTransfer(intake.Actor, at, transfer.Transfer, transfer.Documents);
        }

        var guest = await guests.LinkAsync(@case, property, at, ct);
        db.Cases.Add(@case);
        await warnings.CheckRiskWordsAsync(@case, property, ct);
        await workflow.RefreshDeadlinesAsync(@case, await sla.CalendarAsync(property.CalendarCode, ct),
            await sla.PolicyAsync(@case.PolicyOverride ?? property.PolicyCode, ct), ct);
        await duplicates.FlagAsync(@case, at, ct);
        foreach (var file in intake.Evidence)
        {
            @case.AddEvidence(intake.Actor, file);
        }

        if (intake.SystemNote is { } note)
        {
            @case.AddNote(Actor.System, @case.ReceivedAt, note);
        }

        if (intake.Idempotency is { } idempotency)
        {
            idempotency.CaseId = @case.Id;
            db.IdempotencyKeys.Add(idempotency);
        }

        if (intake.Key is { } key)
        {
            key.CaseId = @case.Id;
            db.IntakeKeys.Add(key);
        }

        if (intake.Mail is { } mail)
        {
            mail.Receipt.CaseId = @case.Id;
            db.MailReceipts.Add(mail.Receipt);
            if (mail.MessageId is { } messageId && !db.CaseMessageIds.Local.Any(m => m.MessageId == messageId)
                && !await db.CaseMessageIds.AnyAsync(m => m.MessageId == messageId, ct))
            {
                db.CaseMessageIds.Add(new CaseMessageId { MessageId = messageId, CaseId = @case.Id, Outgoing = false, At = at });
            }
        }

        if (intake.FromWorkOrder is { } orderId)
        {
            await TieWorkOrderAsync(@case, orderId, intake.Actor, at, ct);
        }

        trackingLinks.Prepare(@case, guest, property, intake);
        if (intake.Audit is { } entry)
        {
            audit.Append(entry.By, entry.Action, "case", @case.Id.ToString(), null, entry.Details);
        }
    }

    /// <summary>The order the case came from: linked both ways; the order's guest is the case's when the complainant gave no contact.</summary>
    private async Task TieWorkOrderAsync(Case @case, Guid orderId, Actor by, DateTimeOffset at, CancellationToken ct)
    {
        var order = await db.WorkOrders.SingleAsync(o => o.Id == orderId, ct);
        if (@case.GuestId is null && order.GuestId is { } guestId
            && await db.Guests.Where(g => g.Id == guestId && g.ErasedAt == null).Select(g => (SpecialNeeds?)g.SpecialNeeds).SingleOrDefaultAsync(ct) is { } needs)
        {
            @case.LinkGuest(guestId, needs != SpecialNeeds.None);
        }

        order.LinkCase(@case.Id, @case.Number, by, at);
    }
}
