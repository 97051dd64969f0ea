using GuestLoop.Domain.Analytics;
using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Sla;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Notifications;
using GuestLoop.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Analytics;

/// <summary>
/// Raises early warnings: stores the alert once and tells the duty managers — the level-1 staff of the
/// property — in the bell and by email, at once (an alert does not wait for working hours).
/// </summary>
public sealed class EarlyWarning(GuestLoopDbContext db, RiskWordCache cache, TimeProvider clock)
{
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

    /// <summary>From a scan: true when this call stored the alert (another instance may have been first).</summary>
    public async Task<bool> RaiseAsync(Alert alert, string label, CancellationToken ct)
    {
        if (!await InsertOnce.InsertAsync(db, alert, ct))
        {
            return false;
        }

        await NotificationStore.StoreOnceAsync(db, await NoticesAsync(alert, label, ct), ct);
        return true;
    }

    private async Task<List<Notification>> NoticesAsync(Alert alert, string label, CancellationToken ct)
    {
        var recipients = await NotificationRecipients.LoadAsync(db, ct);
        return recipients.LevelOne(alert.PropertyId).Select(id => new Notification
        {
            Subject = NotificationSubject.Alert, RecipientId = id, CaseId = alert.CaseId ?? alert.Id, PropertyId = alert.PropertyId,
            CaseNumber = Clip(label, 40), CaseTitle = Clip(alert.Title, Case.TitleMax), Stage = SlaStage.Response, StageStartedAt = alert.CreatedAt,
            Event = EscalationEvent.EarlyWarning, DueAt = alert.CreatedAt, CreatedAt = alert.CreatedAt, DeliverAfter = alert.CreatedAt,
        }).ToList();
    }

    internal static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
