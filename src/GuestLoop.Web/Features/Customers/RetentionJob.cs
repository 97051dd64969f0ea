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
/// is logged with what it removed. The rows to change are found first, outside any transaction; they are then changed
/// <see cref="Batch"/> at a time, each batch committed on its own, so a first run over years of cases never holds the
/// database for long — and a batch that fails is reported while the others go on (the next run takes it again).
/// </summary>
public sealed class RetentionJob(IServiceScopeFactory scopes, IConfiguration config, TimeProvider clock, ILogger<RetentionJob> log, RoundHealth health) : BackgroundService
{
    public const string Name = "Retention";

    /// <summary>Cases, or guests with their cases, changed in one transaction.</summary>
    public const int Batch = 100;

    public async Task<RetentionRun?> RunOnceAsync(string slot, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var run = new RetentionRun { Slot = slot, StartedAt = clock.GetUtcNow() };
        if (!await RoundBatches.InTransactionAsync(db, health, Name, () => InsertOnce.InsertAsync(db, run, ct), ct))
        {
            return null;
        }

        try
        {
            await RemoveAsync(db, run, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            run.Error = e.Message.Length > 1000 ? e.Message[..1000] : e.Message;
            log.LogError(e, "Retention run failed");
        }

        db.ChangeTracker.Clear();
        run.FinishedAt = clock.GetUtcNow();
        db.RetentionRuns.Update(run);
        await RoundBatches.InTransactionAsync(db, health, Name, () => Task.CompletedTask, ct);
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
                var ids = await db.Cases.AsNoTracking().Where(c => c.PropertyId == propertyId && c.Status == CaseStatus.Closed && c.ClosedAt < closedBefore
                    && (c.Complainant.Phone != null || c.Complainant.Email != null || c.Complainant.IdNumber != null)).Select(c => c.Id).ToListAsync(ct);
                await InBatchesAsync(db, ids, "cases", async chunk =>
                {
                    var cases = await db.Cases.Where(c => chunk.Contains(c.Id)).ToListAsync(ct);
                    var forgotten = cases.Count(c => c.ForgetComplainantContact());
                    return () => run.CaseContactsRemoved += forgotten;
                }, ct);
            }
        }

        var policies = properties.Keys.Select(PolicyOf).Append(RetentionPolicy.Default).ToList();
        var latestInactive = policies.Select(p => p.CutOff(p.InactiveGuestDays, now)).Max();
        var latestVisit = policies.Select(p => p.CutOff(p.VisitDays, now)).Max() is { } v ? DateOnly.FromDateTime(v.UtcDateTime) : (DateOnly?)null;
        // A superset: every guest some policy could touch; each guest's own policy decides below.
        var candidates = await db.Guests.AsNoTracking().Where(g => g.ErasedAt == null
                && ((latestInactive != null && g.LastActivityAt < latestInactive) || (latestVisit != null && g.Visits.Any(x => (x.To ?? x.From) < latestVisit))))
            .Select(g => g.Id).ToListAsync(ct);
        await InBatchesAsync(db, candidates, "guests", async chunk =>
        {
            var (erased, visits) = (0, 0);
            var guests = await db.Guests.Where(g => chunk.Contains(g.Id)).ToListAsync(ct);
            var toErase = new List<Guid>();
            foreach (var guest in guests)
            {
                var policy = guest.PropertyIds.Count == 0 ? RetentionPolicy.Default : PolicyOf(guest.PropertyIds[0]);
                if (policy.CutOff(policy.InactiveGuestDays, now) is { } inactiveBefore && guest.LastActivityAt < inactiveBefore)
                {
                    guest.Erase(now);
                    toErase.Add(guest.Id);
                    erased++;
                    continue;
                }

                if (policy.CutOff(policy.VisitDays, now) is { } visitsBefore)
                {
                    visits += guest.ForgetVisitsBefore(DateOnly.FromDateTime(visitsBefore.UtcDateTime));
                }
            }

            (await db.Cases.Where(c => c.GuestId != null && toErase.Contains(c.GuestId.Value)).ToListAsync(ct)).ForEach(c => c.AnonymiseComplainant());
            return () =>
            {
                run.GuestsErased += erased;
                run.VisitsRemoved += visits;
            };
        }, ct);
    }

    /// <summary>
    /// Loads and changes each chunk of rows outside any transaction, then saves it in one short transaction; what the chunk
    /// removed counts once it is committed. A chunk that fails is reported and the next one goes on.
    /// </summary>
    private async Task InBatchesAsync(GuestLoopDbContext db, IReadOnlyList<Guid> ids, string what, Func<Guid[], Task<Action>> change, CancellationToken ct)
    {
        foreach (var chunk in ids.Chunk(Batch))
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            await health.TryItemAsync(Name, $"{what} {chunk[0]}…({chunk.Length})", async () =>
            {
                try
                {
                    var count = await change(chunk);
                    await RoundBatches.InTransactionAsync(db, health, Name, () => Task.CompletedTask, ct);
                    count();
                }
                finally
                {
                    db.ChangeTracker.Clear();
                }
            }, ct);
            await RoundBatches.StepAsideAsync(System.Diagnostics.Stopwatch.GetElapsedTime(started), ct);
        }
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
            ? PeriodicRounds.RunAsync(Name, TimeSpan.FromHours(1), clock, log, health, RoundAsync, stoppingToken)
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
