using GuestLoop.Domain.Analytics;
using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Sla;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Notifications;
using GuestLoop.Web.Features.Organisation;
using GuestLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Analytics;

/// <summary>
/// Raises early warnings: stores the alert once and tells the duty managers — the level-1 staff of the
/// property — in the bell and by email, at once (an alert does not wait for working hours).
/// </summary>
public sealed class EarlyWarning(GuestLoopDbContext db, RiskWordCache cache, TimeProvider clock)
{
    /// <summary>With its notices to the duty managers an alert is about three rows.</summary>
    private const int AlertsPerTransaction = 100;

    /// <summary>The stored list, read now (the administrator's page edits this one).</summary>
    public Task<RiskWords> WordsAsync(Guid enterpriseId, CancellationToken ct) => RiskWordCache.LoadAsync(db, enterpriseId, ct);

    /// <summary>On receipt, inside the receiving transaction: risk words make the case urgent and alert the duty managers.</summary>
    public async Task CheckRiskWordsAsync(Case @case, Property property, CancellationToken ct)
    {
        var words = (await cache.WordsAsync(property.EnterpriseId, ct)).Find(@case.Title, @case.Description, @case.Demands, @case.Place);
        var now = clock.GetUtcNow();
        if (!@case.FlagRisk(words, now))
        {
            return;
        }

        var alert = new Alert
        {
            Key = $"risk:{@case.Id}", Kind = AlertKind.RiskWord, PropertyId = property.Id, CaseId = @case.Id,
            Title = Clip($"{@case.Number} {@case.Title}（{string.Join("、", words)}）", 300), Evidence = Clip(string.Join("、", words), 2000),
            CasesLink = $"/cases/{@case.Id}", CreatedAt = now,
        };
        db.Alerts.Add(alert);
        foreach (var n in await NoticesAsync(alert, @case.Number, ct))
        {
            db.Notifications.Add(n);
        }
    }

    /// <summary>
    /// From a scan: stores the alerts not stored yet, each with its notices in the same transaction, a bounded batch of
    /// alerts per transaction; returns how many this call stored (another instance may have been first). The alerts
    /// stored already are read first, so a round that finds nothing new writes nothing.
    /// </summary>
    public async Task<int> RaiseAsync(IReadOnlyList<(Alert Alert, string Label)> alerts, RoundHealth health, CancellationToken ct)
    {
        var fresh = new List<(Alert Alert, string Label)>();
        foreach (var chunk in alerts.Chunk(500))
        {
            var keys = chunk.Select(a => a.Alert.Key).ToList();
            var stored = (await db.Alerts.AsNoTracking().Where(a => keys.Contains(a.Key)).Select(a => a.Key).ToListAsync(ct)).ToHashSet();
            fresh.AddRange(chunk.Where(a => !stored.Contains(a.Alert.Key)));
        }

        if (fresh.Count == 0)
        {
            return 0;
        }

        var recipients = await NotificationRecipients.LoadAsync(db, ct);
        return await RoundBatches.WriteAsync(db, health, EarlyWarningJob.Name, fresh, async a =>
        {
            if (!await InsertOnce.InsertAsync(db, a.Alert, ct))
            {
                return false;
            }

            foreach (var notice in Notices(a.Alert, a.Label, recipients))
            {
                await InsertOnce.InsertAsync(db, notice, ct);
            }

            return true;
        }, a => $"alert {a.Alert.Key}", ct, size: AlertsPerTransaction);
    }

    private async Task<List<Notification>> NoticesAsync(Alert alert, string label, CancellationToken ct) =>
        Notices(alert, label, await NotificationRecipients.LoadAsync(db, ct));

    private static List<Notification> Notices(Alert alert, string label, NotificationRecipients recipients) =>
        recipients.LevelOne(alert.PropertyId).Select(id => new Notification
        {
            Subject = NotificationSubject.Alert, RecipientId = id, CaseId = alert.CaseId ?? alert.Id, PropertyId = alert.PropertyId,
            CaseNumber = Clip(label, 40), CaseTitle = Clip(alert.Title, Case.TitleMax), Stage = SlaStage.Response, StageStartedAt = alert.CreatedAt,
            Event = EscalationEvent.EarlyWarning, DueAt = alert.CreatedAt, CreatedAt = alert.CreatedAt, DeliverAfter = alert.CreatedAt,
        }).ToList();

    internal static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
