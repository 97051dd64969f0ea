using System.Globalization;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Workspace;
using GuestLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GuestLoop.Web.Features.Notifications;

/// <summary>
/// Emails the delivered notifications of recipients who have an address. Each row is claimed with a conditional
/// update before sending, so of several instances only the one whose update touched the row sends it. The claims of a
/// round are one short transaction, the sending holds none, and the sent rows are marked a few at a time.
/// </summary>
public sealed class NotificationMailer(
    GuestLoopDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> text, ILogger<NotificationMailer> log, RoundHealth health,
    IEmailSender? sender = null)
{
    /// <summary>A claim older than this is taken to belong to an instance that stopped mid-send.</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(15);

    private const int Batch = 200;

    /// <summary>Sent mail is marked this many at a time: a stop between sending and marking re-sends at most these after the lease.</summary>
    private const int MarkEvery = 20;

    private static readonly CultureInfo MailCulture = new("zh-CN");

    /// <summary>Returns how many emails this instance sent.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        if (sender is null)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var stale = now - ClaimLease;
        var pending = await (
            from n in db.Notifications.AsNoTracking()
            where n.EmailedAt == null && n.DeliverAfter <= now && (n.EmailClaimedAt == null || n.EmailClaimedAt < stale)
            join s in db.Staff.AsNoTracking() on n.RecipientId equals s.Id
            where s.Active && s.Email != null && s.Email != ""
            join p in db.Properties.AsNoTracking() on n.PropertyId equals p.Id
            orderby n.DeliverAfter
            select new { Notification = n, s.Email, s.DisplayName, p.TimeZoneId }).Take(Batch).ToListAsync(ct);
        if (pending.Count == 0)
        {
            return 0;
        }

        var claimed = await RoundBatches.InTransactionAsync(db, health, EscalationJob.Name, async () =>
        {
            var mine = new HashSet<Guid>();
            foreach (var id in pending.Select(p => p.Notification.Id))
            {
                if (await db.Notifications
                        .Where(n => n.Id == id && n.EmailedAt == null && (n.EmailClaimedAt == null || n.EmailClaimedAt < stale))
                        .ExecuteUpdateAsync(u => u.SetProperty(n => n.EmailClaimedAt, now), ct) == 1)
                {
                    mine.Add(id);
                }
            }

            return mine;
        }, ct);

        var (sent, failed, emailed) = (new List<Guid>(), new List<Guid>(), 0);
        await using var connection = await sender.OpenBatchAsync(ct);
        foreach (var item in pending.Where(p => claimed.Contains(p.Notification.Id)))
        {
            try
            {
                await connection.SendAsync(Compose(item.Notification, item.Email!, item.DisplayName, LocalTime.Zone(item.TimeZoneId)), ct);
                sent.Add(item.Notification.Id);
                emailed++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Emailing notification {Id} to {Email} failed", item.Notification.Id, item.Email);
                failed.Add(item.Notification.Id);
            }

            if (sent.Count + failed.Count >= MarkEvery)
            {
                await MarkAsync(sent, failed, ct);
            }
        }

        await MarkAsync(sent, failed, ct);
        return emailed;
    }

    /// <summary>Marks the sent rows and gives the failed ones back, so the next round tries them again.</summary>
    private async Task MarkAsync(List<Guid> sent, List<Guid> failed, CancellationToken ct)
    {
        if (sent.Count + failed.Count == 0)
        {
            return;
        }

        var at = clock.GetUtcNow();
        await RoundBatches.InTransactionAsync(db, health, EscalationJob.Name, async () =>
        {
            if (sent.Count > 0)
            {
                await db.Notifications.Where(n => sent.Contains(n.Id)).ExecuteUpdateAsync(u => u.SetProperty(n => n.EmailedAt, at), ct);
            }

            if (failed.Count > 0)
            {
                await db.Notifications.Where(n => failed.Contains(n.Id)).ExecuteUpdateAsync(u => u.SetProperty(n => n.EmailClaimedAt, (DateTimeOffset?)null), ct);
            }
        }, ct);
        sent.Clear();
        failed.Clear();
    }
    private EmailMessage Compose(Notification n, string email, string name, TimeZoneInfo zone)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = MailCulture;
        try
        {
            var what = text["Notifications.Event." + n.Event];
            if (n.Subject == NotificationSubject.Calendar)
            {
                return new EmailMessage(email, name, text["Sla.ArrangementMissing.Email.Subject", n.CaseTitle],
                    text["Sla.ArrangementMissing.Email.Body", name, n.CaseTitle, n.CaseNumber]);
            }

            if (n.Subject == NotificationSubject.Inspection)
            {
                var due = LocalTime.Format(n.DueAt, zone);
                return new EmailMessage(email, name, text["Inspections.Overdue.Email.Subject", n.CaseTitle, due],
                    text["Inspections.Overdue.Email.Body", name, n.CaseTitle, due]);
            }

            if (n.Subject == NotificationSubject.Alert)
            {
                return new EmailMessage(email, name, text["Alerts.Email.Subject", n.CaseTitle], text["Alerts.Email.Body", name, n.CaseTitle, n.CaseNumber]);
            }

            var stage = n.Subject switch
            {
                NotificationSubject.Case => text["Stage." + n.Stage],
                // A work order's two targets: accepting (the response stage) and finishing.
                NotificationSubject.WorkOrder => text["Notifications.WorkOrderTarget." + n.Stage],
                _ => text["Nav.Improvement"],
            };
            var subject = text["Notifications.Email.Subject", what, n.CaseNumber, stage];
            var body = text["Notifications.Email.Body", name, n.CaseNumber, n.CaseTitle, stage, what, LocalTime.Format(n.DueAt, zone)];
            return new EmailMessage(email, name, subject, body);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
