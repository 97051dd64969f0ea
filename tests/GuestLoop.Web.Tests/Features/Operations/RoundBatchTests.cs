using GuestLoop.Domain.Sla;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Notifications;
using GuestLoop.Web.Infrastructure;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static GuestLoop.Web.Tests.Features.Notifications.EscalationScenario;

namespace GuestLoop.Web.Tests.Features.Operations;

/// <summary>
/// A storm of notices — every deadline of a hundred cases breached at once — is stored a bounded batch per transaction,
/// and the health API shows the round's longest write transaction.
/// </summary>
public abstract class RoundBatchTests
{
    protected abstract GuestLoopApp NewApp(FakeTimeProvider clock);

    [SkippableFact]
    public async Task A_storm_of_breached_deadlines_is_stored_200_notices_per_transaction_and_the_health_api_shows_the_longest()
    {
        var clock = NewClock();
        using var app = NewApp(clock);
        for (var i = 0; i < 100; i++)
        {
            var created = await app.Api().PostJsonAsync("/api/v1/cases", JsonBodies.Complaint($"热水不热 {i}"));
            Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        }

        // Ten days on, every response and resolution deadline is breached and escalated to level 1.
        clock.SetUtcNow(Bj(12, 10));
        var round = await RunJobAsync(app);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var stored = await db.Notifications.CountAsync(n => n.Event == EscalationEvent.BreachedEscalated);
        Assert.True(stored >= 400, $"{stored} escalations stored");
        Assert.Equal(round.Stored, await db.Notifications.CountAsync(n => n.Event != EscalationEvent.RepeatComplainant));
        var escalation = app.Services.GetRequiredService<RoundHealth>().Of(EscalationJob.Name)!;
        Assert.True(escalation.WriteTransactions >= (round.Stored + RoundBatches.Size - 1) / RoundBatches.Size,
            $"{round.Stored} notices in {escalation.WriteTransactions} transactions");
        Assert.NotNull(escalation.LongestWriteTransactionMs);

        var health = (await (await app.Api().GetAsync("/api/v1/health/rounds")).JsonAsync()).AsArray();
        Assert.Contains(health, r => r!["job"]!.GetValue<string>() == EscalationJob.Name && r["longestWriteTransactionMs"] is not null);
        // On SQLite the round's transactions took the write gate in turn, each counted there too.
        if (app is SqliteApp)
        {
            var gate = (await (await app.Api().GetAsync("/api/v1/health/writes")).JsonAsync())["transactions"]!;
            Assert.True(gate["transactions"]!.GetValue<long>() >= escalation.WriteTransactions);
        }
    }
}

public sealed class RoundBatchSqliteTests : RoundBatchTests
{
    protected override GuestLoopApp NewApp(FakeTimeProvider clock) => new SqliteApp { Clock = clock, Emails = new RecordingEmailSender() };
}

public sealed class RoundBatchPostgresTests : RoundBatchTests
{
    protected override GuestLoopApp NewApp(FakeTimeProvider clock)
    {
        TestDatabases.RequirePostgres();
        return new PostgresApp { Clock = clock, Emails = new RecordingEmailSender() };
    }
}
