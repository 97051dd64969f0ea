using System.Security.Cryptography;
using System.Text;
using GuestLoop.Domain.Organisation;
using GuestLoop.Domain.Sla;
using GuestLoop.Domain.Cases;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Analytics;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Sla;

/// <summary>A calendar that follows the statutory holidays and lacks the arrangement of <paramref name="Year"/>.</summary>
public sealed record MissingArrangement(string Code, string Name, int Year);

/// <summary>
/// From 1 November (in each calendar's zone) the State Council's arrangement for next year is due: a calendar that
/// follows the statutory holidays without it counts next year's deadlines on computed holidays only. The calendar page
/// shows it; the round tells each active administrator once per calendar and year.
/// </summary>
public sealed class ArrangementCheck(GuestLoopDbContext db, TimeProvider clock)
{
    public const int WarnFromMonth = 11;

    public async Task<IReadOnlyList<MissingArrangement>> MissingAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var missing = new List<MissingArrangement>();
        foreach (var record in await db.Calendars.AsNoTracking().Where(c => c.FollowsStatutoryHolidays == true).OrderBy(c => c.Code).ToListAsync(ct))
        {
            // CalendarDefinition.LastPublishedYear's rule, asked of the database instead of every dated day.
            var last = await db.CalendarDays.Where(d => d.CalendarCode == record.Code && !d.IsWorkingDay && d.Date.Month >= 2)
                .MaxAsync(d => (DateOnly?)d.Date, ct);
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, CaseWorkflow.FindZone(record.TimeZoneId)).DateTime);
            var needed = today.Month >= WarnFromMonth ? today.Year + 1 : today.Year;
            if (last is { } published && published.Year < needed)
            {
                missing.Add(new MissingArrangement(record.Code, record.Name, needed));
            }
        }

        return missing;
    }

    /// <summary>Tells each active administrator of each missing arrangement, once; returns how many notices were new.</summary>
    public async Task<int> NotifyAsync(CancellationToken ct)
    {
        var missing = await MissingAsync(ct);
        if (missing.Count == 0)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var administrators = await db.Staff.AsNoTracking().Where(s => s.Active && s.Role == StaffRole.Administrator).Select(s => s.Id).ToListAsync(ct);
        var sent = 0;
        foreach (var arrangement in missing)
        {
            // The calendar and year make the notice's key, so later rounds and other instances insert nothing.
            var key = new Guid(SHA256.HashData(Encoding.UTF8.GetBytes($"arrangement:{arrangement.Code}:{arrangement.Year}")).AsSpan(0, 16));
            var warnFrom = new DateTimeOffset(arrangement.Year - 1, WarnFromMonth, 1, 0, 0, 0, TimeSpan.Zero);
            foreach (var administrator in administrators)
            {
                var inserted = await InsertOnce.InsertAsync(db, new Notification
                {
                    Subject = NotificationSubject.Calendar, RecipientId = administrator, CaseId = key, PropertyId = Guid.Empty,
                    CaseNumber = arrangement.Code, CaseTitle = EarlyWarning.Clip($"{arrangement.Name} {arrangement.Year}", Case.TitleMax),
                    Stage = SlaStage.Response, StageStartedAt = warnFrom, Event = EscalationEvent.ArrangementMissing,
                    DueAt = new DateTimeOffset(arrangement.Year, 1, 1, 0, 0, 0, TimeSpan.Zero), CreatedAt = now, DeliverAfter = now,
                }, ct);
                sent += inserted ? 1 : 0;
            }
        }

        return sent;
    }
}
