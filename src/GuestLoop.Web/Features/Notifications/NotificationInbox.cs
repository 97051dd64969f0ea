using GuestLoop.Domain.Sla;
using GuestLoop.Web.Data;
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
        _ => $"/cases/{CaseId}",
    };
}

/// <summary>One staff member's delivered notifications: the bell's count, the list, marking read.</summary>
public sealed class NotificationInbox(GuestLoopDbContext db, TimeProvider clock)
{
    public const int ListMax = 100;

    private IQueryable<Notification> Delivered(Guid staffId)
    {
        var now = clock.GetUtcNow();
        return db.Notifications.AsNoTracking().Where(n => n.RecipientId == staffId && n.DeliverAfter <= now);
    }

    public Task<int> UnreadCountAsync(Guid staffId, CancellationToken ct) =>
        Delivered(staffId).CountAsync(n => n.ReadAt == null, ct);

    public async Task<IReadOnlyList<NotificationItem>> ListAsync(Guid staffId, bool unreadOnly, CancellationToken ct)
    {
        var query = Delivered(staffId);
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
    public async Task<bool> MarkReadAsync(Guid staffId, Guid id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (!await Delivered(staffId).AnyAsync(n => n.Id == id, ct))
        {
            return false;
        }

        await db.Notifications.Where(n => n.Id == id && n.RecipientId == staffId && n.ReadAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(n => n.ReadAt, now), ct);
        return true;
    }

    public async Task<int> MarkAllReadAsync(Guid staffId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return await db.Notifications.Where(n => n.RecipientId == staffId && n.ReadAt == null && n.DeliverAfter <= now)
            .ExecuteUpdateAsync(u => u.SetProperty(n => n.ReadAt, now), ct);
    }
}
