using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GuestLoop.Domain.Analytics;
using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Customers;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Customers;
using GuestLoop.Web.Features.Organisation;
using GuestLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Analytics;

/// <summary>
/// One round of early warning over every property: unusual rises per category today and this week against the
/// property's own seasonal baseline, repeat complainants, cases reopened twice, and repeated work orders at one place. Each alert is stored once. The
/// round first reads, property by property and outside any transaction, then stores the new alerts in bounded batches.
/// </summary>
public sealed class EarlyWarningScan(GuestLoopDbContext db, EarlyWarning warnings, TimeProvider clock, RoundHealth health)
{
    public RiseDetector Detector { get; init; } = new();

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var alerts = new List<(Alert, string)>();
        var repeat = (await CustomerSettingsApi.ReadAsync(db, ct)).Repeat;
        foreach (var property in await db.Properties.AsNoTracking().OrderBy(p => p.Code).ToListAsync(ct))
        {
            // One property whose data cannot be read (an unknown time zone, say) must not silence the others.
            await health.TryItemAsync(EarlyWarningJob.Name, $"property {property.Code}", async () =>
            {
                var found = new List<(Alert, string)>();
                found.AddRange(await RisesAsync(property, ct));
                found.AddRange(await RepeatsAsync(property, repeat, ct));
                found.AddRange(await ReopenedTwiceAsync(property, ct));
                found.AddRange(await RepeatedRequestsAsync(property, ct));
                alerts.AddRange(found);
            }, ct);
        }

        return await warnings.RaiseAsync(alerts, health, ct);
    }

    public async Task<List<(Alert, string)>> RisesAsync(Property property, CancellationToken ct)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(property.TimeZoneId);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
        var raised = new List<(Alert, string)>();
        foreach (var window in new[] { RiseWindow.Day(today), RiseWindow.Week(today) })
        {
            var current = await CountAsync(property.Id, window, zone, ct);
            var years = new List<Dictionary<Category, int>>();
            foreach (var w in window.SameWindowInPreviousYears())
            {
                years.Add(await CountAsync(property.Id, w, zone, ct));
            }

            var recent = new List<Dictionary<Category, int>>();
            foreach (var w in window.Recent())
            {
                recent.Add(await CountAsync(property.Id, w, zone, ct));
            }

            // Years before the property's first case say nothing about its season.
            var first = await db.Cases.Where(c => c.PropertyId == property.Id).MinAsync(c => (DateTimeOffset?)c.ReceivedAt, ct);
            var knownYears = window.SameWindowInPreviousYears().Select((w, i) => (w, i))
                .Where(x => first is { } f && f <= Period(x.w, zone).Start).Select(x => x.i).ToList();
            foreach (var (category, count) in current)
            {
                var assessment = Detector.Assess(count, knownYears.Select(i => years[i].GetValueOrDefault(category)).ToList(),
                    recent.Select(r => r.GetValueOrDefault(category)).ToList());
                if (!assessment.IsSignificant)
                {
                    continue;
                }

                var key = char.ToLowerInvariant(category.ToString()[0]) + category.ToString()[1..];
                var period = Period(window, zone);
                var alert = new Alert
                {
                    Key = $"rise:{property.Code}:{key}:{window.Name}:{window.Last:yyyyMMdd}", Kind = AlertKind.Rise, PropertyId = property.Id,
                    Title = EarlyWarning.Clip($"{property.Name} · {key} · {window.Name} {window.First:yyyy-MM-dd}–{window.Last:yyyy-MM-dd}: {count}", 300),
                    Evidence = string.Create(CultureInfo.InvariantCulture,
                        $"count {count}; baseline {assessment.Baseline:0.0} (same window in earlier years {Show(assessment.Seasonal)}, median of the {RiseWindow.RecentWindows} windows before {Show(assessment.Recent)}); p = {assessment.PValue:0.######}"),
                    CasesLink = $"/cases?view=all&property={Uri.EscapeDataString(property.Code)}&category={key}&from={Instant(period.Start)}&to={Instant(period.End)}",
                    CreatedAt = clock.GetUtcNow(),
                };
                raised.Add((alert, "预警"));
            }
        }

        return raised;
    }

    /// <summary>
    /// Complainants with as many complaints at the property as the enterprise's repeat-complainant rule counts (the
    /// same rule that flags the guest's profile; retention page), one alert per complainant and count.
    /// </summary>
    private async Task<List<(Alert, string)>> RepeatsAsync(Property property, RepeatComplaintRule rule, CancellationToken ct)
    {
        var since = clock.GetUtcNow().AddDays(-rule.Days);
        var groups = await db.Cases.AsNoTracking()
            .Where(c => c.PropertyId == property.Id && c.Kind == CaseKind.Complaint && c.ReceivedAt >= since
                && c.GuestId != null)
            .GroupBy(c => c.GuestId)
            .Where(g => g.Count() >= rule.Count)
            .Select(g => new { Contact = g.Key, Count = g.Count(), Last = g.Max(c => c.ReceivedAt) })
            .ToListAsync(ct);
        var raised = new List<(Alert, string)>();
        foreach (var g in groups)
        {
            // The contact itself stays out of the alert: only a hash names the complainant.
            var who = Convert.ToHexStringLower(SHA256.HashData(g.Contact!.Value.ToByteArray()))[..12];
            var alert = new Alert
            {
                Key = $"repeat:{property.Code}:{who}:{g.Count}", Kind = AlertKind.RepeatComplainant, PropertyId = property.Id,
                Title = $"{property.Name} · repeat complainant {who}: {g.Count} complaints in {rule.Days} days",
                Evidence = $"{g.Count} complaints from the same guest since {since:yyyy-MM-dd} (rule: {rule.Count} in {rule.Days} days), the last at {Instant(g.Last)}",
                CasesLink = $"/cases?view=all&property={Uri.EscapeDataString(property.Code)}&kind=complaint&repeat=true&from={Instant(since)}",
                CreatedAt = clock.GetUtcNow(),
            };
            raised.Add((alert, "重复投诉"));
        }

        return raised;
    }

    /// <summary>Three or more work orders of one type at one place in a week: a fault that keeps coming back.</summary>
    private async Task<List<(Alert, string)>> RepeatedRequestsAsync(Property property, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var since = now.AddDays(-RepeatedRequestDays);
        var rows = await db.WorkOrders.AsNoTracking()
            .Where(o => o.PropertyId == property.Id && o.CreatedAt > since && o.State != Domain.WorkOrders.WorkOrderState.Cancelled)
            .Select(o => new { o.Location, o.Type.Code, o.Type.Name, o.CreatedAt }).ToListAsync(ct);
        var names = rows.GroupBy(r => r.Code).ToDictionary(g => g.Key, g => g.First().Name);
        return Domain.WorkOrders.RepeatedRequests.Find(rows.Select(r => (r.Location, r.Code, r.CreatedAt)), now, TimeSpan.FromDays(RepeatedRequestDays),
                RepeatedRequestThreshold)
            .Select(r => (new Alert
            {
                // A place is up to 200 characters: a hash of it keeps the key within its column.
                Key = $"requests:{property.Code}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(r.Location.ToUpperInvariant())))[..16]}:{r.TypeCode}:{r.Orders}",
                Kind = AlertKind.RepeatedRequest,
                PropertyId = property.Id,
                Title = EarlyWarning.Clip($"{property.Name} · {r.Location} {names[r.TypeCode]}: {r.Orders} orders in {RepeatedRequestDays} days", 300),
                Evidence = $"{r.Orders} work orders of type {r.TypeCode} at {r.Location} from {Instant(r.First)} to {Instant(r.Last)}",
                CasesLink = "/work-orders", CreatedAt = now,
            }, "重复报修")).ToList();
    }

    /// <summary>The repeated-request rule: this many orders of one type at one place …</summary>
    public const int RepeatedRequestThreshold = 3;

    /// <summary>… within this many days.</summary>
    public const int RepeatedRequestDays = 7;

    private async Task<List<(Alert, string)>> ReopenedTwiceAsync(Property property, CancellationToken ct)
    {
        var since = clock.GetUtcNow().AddDays(-30);
        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.PropertyId == property.Id && c.ReopenCount >= 2 && c.UpdatedAt >= since)
            .Select(c => new { c.Id, c.Number, c.Title, c.ReopenCount })
            .ToListAsync(ct);
        var raised = new List<(Alert, string)>();
        foreach (var c in cases)
        {
            var alert = new Alert
            {
                Key = $"reopened2:{c.Id}", Kind = AlertKind.ReopenedTwice, PropertyId = property.Id, CaseId = c.Id,
                Title = EarlyWarning.Clip($"{c.Number} {c.Title}", 300), Evidence = $"reopened {c.ReopenCount} times",
                CasesLink = $"/cases/{c.Id}", CreatedAt = clock.GetUtcNow(),
            };
            raised.Add((alert, c.Number));
        }

        return raised;
    }

    private async Task<Dictionary<Category, int>> CountAsync(Guid propertyId, RiseWindow window, TimeZoneInfo zone, CancellationToken ct)
    {
        var (start, end) = (Period(window, zone).Start, Period(window, zone).End);
        return await db.Cases.AsNoTracking()
            .Where(c => c.PropertyId == propertyId && c.ReceivedAt >= start && c.ReceivedAt < end)
            .GroupBy(c => c.Category)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
    }

    private static ReportingPeriod Period(RiseWindow window, TimeZoneInfo zone) => new(window.First, window.Last, zone);

    private static string Show(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "—";

    private static string Instant(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
