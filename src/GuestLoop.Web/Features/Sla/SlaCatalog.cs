using System.Collections.Concurrent;
using GuestLoop.Domain.Sla;
using GuestLoop.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Sla;

/// <summary>
/// Working calendars and deadline policies built from their database rows and kept in memory;
/// an edit calls <see cref="Invalidate"/> so the next case step sees the new rules.
/// </summary>
public sealed class SlaCatalog(IServiceScopeFactory scopes)
{
    private readonly ConcurrentDictionary<string, WorkingCalendar> _calendars = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, SlaPolicy> _policies = new(StringComparer.OrdinalIgnoreCase);

    public void Invalidate()
    {
        _calendars.Clear();
        _policies.Clear();
    }

    public async Task<WorkingCalendar?> FindCalendarAsync(string code, CancellationToken ct)
    {
        if (_calendars.TryGetValue(code, out var cached))
        {
            return cached;
        }

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var record = await db.Calendars.AsNoTracking().SingleOrDefaultAsync(c => c.Code == code, ct);
        if (record is null)
        {
            return null;
        }

        var days = await db.CalendarDays.AsNoTracking().Where(d => d.CalendarCode == record.Code).ToListAsync(ct);
        var calendar = new WorkingCalendar(CalendarMapping.ToDefinition(record, days));
        _calendars[code] = calendar;
        return calendar;
    }

    public async Task<WorkingCalendar> CalendarAsync(string code, CancellationToken ct) =>
        await FindCalendarAsync(code, ct) ?? throw new InvalidOperationException($"Calendar '{code}' is not defined.");

    public async Task<SlaPolicy> PolicyAsync(string code, CancellationToken ct)
    {
        if (_policies.TryGetValue(code, out var cached))
        {
            return cached;
        }

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var record = await db.Policies.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, ct)
            ?? throw new InvalidOperationException($"Policy '{code}' is not defined.");
        var policy = PolicyMapping.FromRecord(record);
        _policies[code] = policy;
        return policy;
    }
}
