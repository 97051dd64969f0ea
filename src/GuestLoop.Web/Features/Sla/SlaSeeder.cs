using GuestLoop.Domain.Sla;
using GuestLoop.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Sla;

/// <summary>
/// Puts the shipped calendar data and policy presets into the database. Dates an administrator already
/// has are left as they are; dates a newer release ships are added.
/// </summary>
public static class SlaSeeder
{
    public static async Task SeedAsync(GuestLoopDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        foreach (var definition in BuiltInCalendars.All())
        {
            var record = await db.Calendars.SingleOrDefaultAsync(c => c.Code == definition.Code, ct);
            if (record is null)
            {
                db.Calendars.Add(CalendarMapping.ToRecord(definition, now));
            }
            else
            {
                record.FollowsStatutoryHolidays ??= definition.FollowsStatutoryHolidays;
            }

            var known = (await db.CalendarDays.Where(d => d.CalendarCode == definition.Code).Select(d => d.Date).ToListAsync(ct)).ToHashSet();
            db.CalendarDays.AddRange(definition.SpecialDays.Where(d => !known.Contains(d.Date)).Select(d => new CalendarDayRecord
            {
                CalendarCode = definition.Code,
                Date = d.Date,
                IsWorkingDay = d.Kind == SpecialDayKind.AdjustedWorkday,
                Name = d.Name,
                Source = BuiltInCalendars.SourceOf(definition.Code, d.Date.Year),
            }));
        }

        foreach (var preset in SlaPresets.All)
        {
            if (!await db.Policies.AnyAsync(p => p.Code == preset.Code, ct))
            {
                db.Policies.Add(PolicyMapping.ToRecord(preset, now));
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
