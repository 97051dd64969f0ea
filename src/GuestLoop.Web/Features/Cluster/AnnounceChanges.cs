using System.Runtime.CompilerServices;
using GuestLoop.Domain.Cases;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Analytics;
using GuestLoop.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace GuestLoop.Web.Features.Cluster;

/// <summary>
/// Notes before a save which cases and cached settings it changes, and announces them once the rows are written: open
/// inboxes and case pages on every instance refresh, and cached settings are dropped. On PostgreSQL the news is a NOTIFY
/// on the saving connection, so inside a transaction it goes out at commit and not at all on rollback. Contexts made
/// outside the app (tools) have no one to tell.
/// </summary>
public sealed class AnnounceChanges : SaveChangesInterceptor
{
    private sealed record News(ClusterEvents Events, List<Guid> CaseIds, List<ClusterMessage> Settings);

    // One interceptor serves every context; the news waits here between the two halves of a save.
    private readonly ConditionalWeakTable<DbContext, News> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        AnnounceAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await AnnounceAsync(eventData.Context, cancellationToken);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is not GuestLoopDbContext db)
        {
            return;
        }

        var events = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<ClusterEvents>();
        if (events is null)
        {
            _pending.Remove(db);
            return;
        }

        var changed = db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        _pending.AddOrUpdate(db, new News(events, ChangedCaseIds(changed), ChangedSettings(changed)));
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }

    /// <summary>Cases whose list row or page may look different after this save: the case itself or any row that names it.</summary>
    private static List<Guid> ChangedCaseIds(List<EntityEntry> changed) =>
        changed.Select(e => e.Entity is Case c ? c.Id
                : e.Metadata.FindProperty("CaseId") is { } p ? e.Property(p.Name).CurrentValue as Guid? : null)
            .OfType<Guid>().Distinct().ToList();

    /// <summary>Settings that instances keep in memory, changed by this save: their copies are dropped everywhere.</summary>
    private static List<ClusterMessage> ChangedSettings(List<EntityEntry> changed)
    {
        List<ClusterMessage> messages = [];
        // Staff and API keys are kept in memory too (the key directory): a change to either is organisation news.
        if (changed.Any(e => e.Entity is Property or StaffMember or ApiKey))
        {
            messages.Add(ClusterMessage.OrganisationChanged);
        }

        if (changed.Any(e => e.Entity is RiskWordList))
        {
            messages.Add(ClusterMessage.RiskWordsChanged);
        }

        if (changed.Any(e => e.Entity is Domain.WorkOrders.WorkOrder or Domain.WorkOrders.WorkOrderEntry or WorkOrders.StaffShift))
        {
            messages.Add(ClusterMessage.WorkOrdersChanged);
        }

        if (changed.Any(e => e.Entity is Domain.Rooms.Room or Domain.Rooms.RoomStatusChange or Rooms.SheetAssignment))
        {
            messages.Add(ClusterMessage.RoomsChanged);
        }

        return messages;
    }

    private async Task AnnounceAsync(DbContext? context, CancellationToken ct)
    {
        if (context is not GuestLoopDbContext db || !_pending.TryGetValue(db, out var news))
        {
            return;
        }

        _pending.Remove(db);
        if (news.CaseIds.Count > 0)
        {
            await ClusterPublisher.PublishAsync(db, news.Events, ClusterMessage.ForCases(news.CaseIds), ct);
        }

        foreach (var message in news.Settings)
        {
            // On PostgreSQL the news arrives after commit; this instance also drops its copy at once, so its own next
            // request inside this transaction does not keep the old one.
            if (db.Database.IsNpgsql())
            {
                await news.Events.DeliverAsync(message);
            }

            await ClusterPublisher.PublishAsync(db, news.Events, message, ct);
        }
    }
}
