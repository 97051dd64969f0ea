using GuestLoop.Domain.Sla;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Notifications;

/// <summary>A notification as its recipient sees it; <see cref="DeliveredAt"/> is when it became visible.</summary>
public sealed record NotificationItem(Guid Id, Guid CaseId, Guid PropertyId, string CaseNumber, string CaseTitle, SlaStage Stage,
    EscalationEvent Event, DateTimeOffset DueAt, DateTimeOffset DeliveredAt, DateTimeOffset? ReadAt, NotificationSubject Subject)
{
    /// <summary>Where the notice leads in the workspace.</summary>
    public string Link => Subject switch
    {
        NotificationSubject.ImprovementAction => "/improvement",
        NotificationSubject.Alert => "/alerts",
        NotificationSubject.WorkOrder => $"/work-orders?id={CaseId}",
        NotificationSubject.Inspection => "/inspections",
        NotificationSubject.Calendar => $"/admin/calendars?code={Uri.EscapeDataString(CaseNumber)}",
        _ => $"/cases/{CaseId}",
    };
}

/// <summary>
/// One staff member's delivered notifications: the bell's count, the list, marking read. Read through the reader's current
/// scope, so a notice about a property they no longer see (or were wrongly sent) shows nothing of it.
/// </summary>
public sealed class NotificationInbox(GuestLoopDbContext db, TimeProvider clock)
{
    public const int ListMax = 100;

    private IQueryable<Notification> Delivered(AccessScope reader)
    {
        var now = clock.GetUtcNow();
        var staffId = reader.StaffId ?? Guid.Empty;
        var query = db.Notifications.AsNoTracking().Where(n => n.RecipientId == staffId && n.DeliverAfter <= now);
        if (reader.AllProperties)
        {
            return query;
        }

        // Enterprise-wide notices (an improvement action of no property) carry no property.
        var properties = reader.PropertyIds.Append(Guid.Empty).ToList();
        return query.Where(n => properties.Contains(n.PropertyId));
    }

    public Task<int> UnreadCountAsync(AccessScope reader, CancellationToken ct) =>
        Delivered(reader).CountAsync(n => n.ReadAt == null, ct);

    public async Task<IReadOnlyList<NotificationItem>> ListAsync(AccessScope reader, bool unreadOnly, CancellationToken ct)
    {
        var query = Delivered(reader);
        if (unreadOnly)
        {
            query = query.Where(n => n.ReadAt == null);
        }

        return await query.OrderByDescending(n => n.DeliverAfter).Take(ListMax)
            .Select(n => new NotificationItem(n.Id, n.CaseId, n.PropertyId, n.CaseNumber, n.CaseTitle, n.Stage, n.Event, n.DueAt,
                n.DeliverAfter, n.ReadAt, n.Subject))
            .ToListAsync(ct);
    }

    /// <summary>False when the recipient has no such delivered notification.</summary>
    public async Task<bool> MarkReadAsync(AccessScope reader, Guid id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (!await Delivered(reader).AnyAsync(n => n.Id == id, ct))
        {
            return false;
        }

        await db.Notifications.Where(n => n.Id == id && n.ReadAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(n => n.ReadAt, now), ct);
        return true;
    }

    public async Task<int> MarkAllReadAsync(AccessScope reader, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return await Delivered(reader).Where(n => n.ReadAt == null).ExecuteUpdateAsync(u => u.SetProperty(n => n.ReadAt, now), ct);
    }
}
