using System.Net;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Cluster;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Cluster;

/// <summary>An open page follows case changes without the change waiting for it, and is not refreshed by its own save.</summary>
public sealed class CaseChangeSubscriptionTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [SkippableFact]
    public async Task A_step_through_the_api_answers_while_an_open_page_has_not_refreshed_yet()
    {
        app.Require();
        var created = await (await app.Api().PostJsonAsync("/api/v1/cases", new
        {
            kind = "complaint", channel = "phone", property = "DEMO-HOTEL", title = "浴室地漏堵塞", description = "洗澡时积水漫到房间。",
        })).JsonAsync();
        var id = created["id"]!.GetValue<Guid>();
        var refreshing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // A page whose refresh does not finish until the test lets it: a save that waited for it would never answer.
        using var page = new CaseChangeSubscription(app.Services.GetRequiredService<ClusterEvents>(), ids => ids is null || ids.Contains(id), async () =>
        {
            refreshing.TrySetResult();
            await gate.Task;
        });

        var triaged = await app.Api("head").PostJsonAsync($"/api/v1/cases/{id}/triage", new { category = "facility", severity = "general" })
            .WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, triaged.StatusCode);
        await refreshing.Task.WaitAsync(TimeSpan.FromSeconds(30));
        gate.SetResult();
    }

    [Fact]
    public async Task The_news_of_a_pages_own_save_does_not_refresh_it_and_news_from_elsewhere_does()
    {
        var events = new ClusterEvents();
        var id = Guid.NewGuid();
        var refreshes = 0;
        var refreshed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var page = new CaseChangeSubscription(events, ids => ids is null || ids.Contains(id), () =>
        {
            Interlocked.Increment(ref refreshes);
            refreshed.TrySetResult();
            return Task.CompletedTask;
        });

        // On SQLite the news of a save is delivered inside it, in the saver's flow.
        await page.OwnSaveAsync(async () =>
        {
            await events.DeliverAsync(ClusterMessage.ForCases([id]));
            return true;
        });
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Equal(0, refreshes);

        await events.DeliverAsync(ClusterMessage.ForCases([id]));
        await refreshed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(1, refreshes);
    }

    [SkippableFact]
    public async Task On_sqlite_the_news_of_a_transaction_goes_out_at_its_commit_and_not_at_all_at_its_rollback()
    {
        app.Require();
        var events = app.Services.GetRequiredService<ClusterEvents>();
        var heard = 0;
        void Count() => Interlocked.Increment(ref heard);
        events.RoomsChanged += Count;
        try
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
            await using (var tx = await db.Database.BeginTransactionAsync())
            {
                await ClusterPublisher.PublishAsync(db, events, ClusterMessage.RoomsChanged, CancellationToken.None);
                Assert.Equal(0, Volatile.Read(ref heard));
                await tx.CommitAsync();
            }

            Assert.Equal(1, Volatile.Read(ref heard));

            await using (var tx = await db.Database.BeginTransactionAsync())
            {
                await ClusterPublisher.PublishAsync(db, events, ClusterMessage.RoomsChanged, CancellationToken.None);
                await tx.RollbackAsync();
            }

            await ClusterPublisher.PublishAsync(db, events, ClusterMessage.RoomsChanged, CancellationToken.None);
            Assert.Equal(2, Volatile.Read(ref heard));
        }
        finally
        {
            events.RoomsChanged -= Count;
        }
    }
}
