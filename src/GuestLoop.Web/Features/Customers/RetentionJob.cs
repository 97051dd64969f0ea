using GuestLoop.Web.Infrastructure;
using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Customers;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Customers;

/// <summary>
/// Once a day (or on an administrator's request), removes personal data past its retention period: the complainant's
/// contact on long-closed cases, old consumption records, and profiles of guests not seen for years (anonymised, their
/// cases kept for statistics). Every instance may run it; the run's unique day slot lets one of them do it. Each run
/// is logged with what it removed.
/// </summary>
public sealed class RetentionJob(IServiceScopeFactory scopes, IConfiguration config, TimeProvider clock, ILogger<RetentionJob> log, RoundHealth health) : BackgroundService
{
    public async Task<RetentionRun?> RunOnceAsync(string slot, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var run = new RetentionRun { Slot = slot, StartedAt = clock.GetUtcNow() };
        if (!await InsertOnce.InsertAsync(db, run, ct))
        {
            return null;
        }

        db.RetentionRuns.Attach(run);
        try
        {
            await RemoveAsync(db, run, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            db.ChangeTracker.Clear();
            db.RetentionRuns.Attach(run);
            run.Error = e.Message.Length > 1000 ? e.Message[..1000] : e.Message;
            log.LogError(e, "Retention run failed");
        }

        run.FinishedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return run;
    }

    private async Task RemoveAsync(GuestLoopDbContext db, RetentionRun run, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var properties = await db.Properties.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.EnterpriseId, ct);
        var settings = await db.CustomerSettings.AsNoTracking().ToDictionaryAsync(s => s.EnterpriseId, s => s.Retention, ct);
        RetentionPolicy PolicyOf(Guid propertyId) =>
            properties.TryGetValue(propertyId, out var e) && settings.TryGetValue(e, out var p) ? p : RetentionPolicy.Default;

        foreach (var propertyId in properties.Keys)
        {
            var policy = PolicyOf(propertyId);
            if (policy.CutOff(policy.ClosedCaseContactDays, now) is { } closedBefore)
            {
                var cases = await db.Cases.Where(c => c.PropertyId == propertyId && c.Status == CaseStatus.Closed && c.ClosedAt < closedBefore
                    && (c.Complainant.Phone != null || c.Complainant.Email != null || c.Complainant.IdNumber != null)).ToListAsync(ct);
                run.CaseContactsRemoved += cases.Count(c => c.ForgetComplainantContact());
            }
        }

        var guests = await db.Guests.Where(g => g.ErasedAt == null).ToListAsync(ct);
        foreach (var guest in guests)
        {
            var policy = guest.PropertyIds.Count == 0 ? RetentionPolicy.Default : PolicyOf(guest.PropertyIds[0]);
            if (policy.CutOff(policy.InactiveGuestDays, now) is { } inactiveBefore && guest.LastActivityAt < inactiveBefore)
            {
                var cases = await db.Cases.Where(c => c.GuestId == guest.Id).ToListAsync(ct);
                cases.ForEach(c => c.AnonymiseComplainant());
                guest.Erase(now);
                run.GuestsErased++;
                continue;
            }

            if (policy.CutOff(policy.VisitDays, now) is { } visitsBefore)
            {
                run.VisitsRemoved += guest.ForgetVisitsBefore(DateOnly.FromDateTime(visitsBefore.UtcDateTime));
            }
        }

        await db.SaveChangesAsync(ct);
    }

    public static void RequireAdministrator(AccessScope scope) => scope.RequireAdministrator("Only administrators see and start retention runs.");

    /// <summary>A run on an administrator's request, in its own slot.</summary>
    public Task<RetentionRun?> RunNowAsync(AccessScope scope, CancellationToken ct)
    {
        RequireAdministrator(scope);
        return RunOnceAsync("manual-" + Guid.NewGuid().ToString("N"), ct);
    }

    public async Task<List<RetentionRun>> RunsAsync(AccessScope scope, CancellationToken ct)
    {
        RequireAdministrator(scope);
        await using var s = scopes.CreateAsyncScope();
        var db = s.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        return await db.RetentionRuns.AsNoTracking().OrderByDescending(r => r.StartedAt).Take(100).ToListAsync(ct);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        config.GetValue("GuestLoop:Retention:Enabled", true)
            ? PeriodicRounds.RunAsync("Retention", TimeSpan.FromHours(1), clock, log, health, RoundAsync, stoppingToken)
            : Task.CompletedTask;

    private async Task RoundAsync(CancellationToken ct)
    {
        if (await RunOnceAsync(clock.GetUtcNow().ToString("yyyy-MM-dd"), ct) is { } run)
        {
            log.LogInformation("Retention run: {Contacts} case contacts, {Visits} visits, {Guests} guests removed",
                run.CaseContactsRemoved, run.VisitsRemoved, run.GuestsErased);
        }
    }
}
