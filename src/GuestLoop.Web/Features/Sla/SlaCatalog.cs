using GuestLoop.Domain.Sla;
using GuestLoop.Web.Data;
using GuestLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Sla;

/// <summary>
/// Working calendars and deadline policies built from their database rows and kept in memory;
/// an edit calls <see cref="Invalidate"/> so the next case step sees the new rules.
/// </summary>
public sealed class SlaCatalog(IServiceScopeFactory scopes)
{
    private readonly InvalidatedCache<string, WorkingCalendar> _calendars = new(StringComparer.OrdinalIgnoreCase);
    private readonly InvalidatedCache<string, SlaPolicy> _policies = new(StringComparer.OrdinalIgnoreCase);

    public void Invalidate()
    {
        _calendars.Invalidate();
        _policies.Invalidate();
    }

    public Task<WorkingCalendar?> FindCalendarAsync(string code, CancellationToken ct) => _calendars.GetAsync(code, async c =>
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var record = await db.Calendars.AsNoTracking().SingleOrDefaultAsync(x => x.Code == code, c);
        if (record is null)
        {
            return null;
        }

        var days = await db.CalendarDays.AsNoTracking().Where(d => d.CalendarCode == record.Code).ToListAsync(c);
        return new WorkingCalendar(CalendarMapping.ToDefinition(record, days));
    }, ct);

    public async Task<WorkingCalendar> CalendarAsync(string code, CancellationToken ct) =>
        await FindCalendarAsync(code, ct) ?? throw new InvalidOperationException($"Calendar '{code}' is not defined.");

    public async Task<SlaPolicy> PolicyAsync(string code, CancellationToken ct) => (await _policies.GetAsync(code, async c =>
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var record = await db.Policies.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, c)
            ?? throw new InvalidOperationException($"Policy '{code}' is not defined.");
        return PolicyMapping.FromRecord(record);
    }, ct))!;
}
