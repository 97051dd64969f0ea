using System.Globalization;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Workspace;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GuestLoop.Web.Features.Notifications;

/// <summary>
/// Emails the delivered notifications of recipients who have an address. Each row is claimed with a conditional
/// update before sending, so of several instances only the one whose update touched the row sends it.
/// </summary>
public sealed class NotificationMailer(
    GuestLoopDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> text, ILogger<NotificationMailer> log, IEmailSender? sender = null)
{
    /// <summary>A claim older than this is taken to belong to an instance that stopped mid-send.</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(15);

    private const int Batch = 200;
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

        var sent = 0;
        foreach (var item in pending)
        {
            var id = item.Notification.Id;
            var claimed = await db.Notifications
                .Where(n => n.Id == id && n.EmailedAt == null && (n.EmailClaimedAt == null || n.EmailClaimedAt < stale))
                .ExecuteUpdateAsync(u => u.SetProperty(n => n.EmailClaimedAt, now), ct);
            if (claimed != 1)
            {
                continue;
            }

            try
            {
                await sender.SendAsync(Compose(item.Notification, item.Email!, item.DisplayName, LocalTime.Zone(item.TimeZoneId)), ct);
                await db.Notifications.Where(n => n.Id == id).ExecuteUpdateAsync(u => u.SetProperty(n => n.EmailedAt, clock.GetUtcNow()), ct);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Give the row back so the next round tries again.
                log.LogWarning(e, "Emailing notification {Id} to {Email} failed", id, item.Email);
                await db.Notifications.Where(n => n.Id == id).ExecuteUpdateAsync(u => u.SetProperty(n => n.EmailClaimedAt, (DateTimeOffset?)null), ct);
            }
        }

        return sent;
    }

    private EmailMessage Compose(Notification n, string email, string name, TimeZoneInfo zone)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = MailCulture;
        try
        {
            var what = text["Notifications.Event." + n.Event];
            if (n.Subject == NotificationSubject.Alert)
            {
                return new EmailMessage(email, name, text["Alerts.Email.Subject", n.CaseTitle], text["Alerts.Email.Body", name, n.CaseTitle, n.CaseNumber]);
            }

            var stage = n.Subject == NotificationSubject.Case ? text["Stage." + n.Stage] : text["Nav.Improvement"];
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
