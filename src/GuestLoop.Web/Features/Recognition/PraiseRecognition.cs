using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Sla;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Recognition;

/// <summary>
/// Passes a praise on to the staff it names: the recognise step meets the policy's recognition deadline, each named
/// staff member gets one notice, and the praise appears on the recognition feed of its property.
/// </summary>
public sealed class PraiseRecognition(GuestLoopDbContext db, CaseWorkflow workflow, TimeProvider clock)
{
    public async Task<Case> RecogniseAsync(Guid caseId, AccessScope scope, string? note, CancellationToken ct)
    {
        var praise = await workflow.PerformAsync(caseId, scope, (c, actor, now) => c.Recognise(actor, now, note), ct);
        var deadline = await db.CaseDeadlines.AsNoTracking()
            .Where(d => d.CaseId == caseId && d.Stage == SlaStage.Recognition).Select(d => d.DueAt).FirstOrDefaultAsync(ct);
        var now = clock.GetUtcNow();
        var notices = praise.PraisedStaff.Where(p => p.StaffId is not null).Select(p => p.StaffId!.Value).Distinct()
            .Select(staffId => new Notification
            {
                RecipientId = staffId,
                CaseId = praise.Id,
                PropertyId = praise.PropertyId,
                CaseNumber = praise.Number,
                CaseTitle = praise.Title,
                Stage = SlaStage.Recognition,
                StageStartedAt = praise.CycleStartedAt,
                Event = EscalationEvent.Praised,
                DueAt = deadline ?? now,
                CreatedAt = now,
                DeliverAfter = now,
            }).ToList();
        await NotificationStore.StoreOnceAsync(db, notices, ct);
        return praise;
    }

    /// <summary>Recognised praise of the properties the caller may see (optionally one), newest first.</summary>
    public async Task<IReadOnlyList<RecognitionJson>> FeedAsync(AccessScope scope, Guid? propertyId, int take, CancellationToken ct)
    {
        var query = db.Cases.VisibleTo(scope).AsNoTracking().Where(c => c.Kind == CaseKind.Praise && c.RecognisedAt != null);
        if (propertyId is { } p)
        {
            query = query.Where(c => c.PropertyId == p);
        }

        var items = await query.OrderByDescending(c => c.RecognisedAt).Take(take).ToListAsync(ct);
        var codes = await db.Properties.AsNoTracking().ToDictionaryAsync(x => x.Id, x => x.Code, ct);
        return items.Select(c => new RecognitionJson(c.Id, c.Number, codes.GetValueOrDefault(c.PropertyId, "?"), c.Channel, c.Title, c.Description,
            c.PraisedStaff.Select(s => new PraisedJson(s.StaffId, s.Name)).ToList(), c.PraisedNames, c.ReceivedAt, c.RecognisedAt!.Value)).ToList();
    }
}

public sealed record RecognitionJson(
    Guid CaseId,
    string Number,
    string Property,
    Channel Channel,
    string Title,
    string Description,
    IReadOnlyList<PraisedJson> Staff,
    string? Names,
    DateTimeOffset ReceivedAt,
    DateTimeOffset RecognisedAt);

public sealed record RecogniseBody(string? Note);
