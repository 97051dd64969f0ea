using System.Net;
using GuestLoop.Domain.Sla;
using GuestLoop.Web.Features.Cluster;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using static GuestLoop.Web.Tests.Features.Notifications.EscalationScenario;

namespace GuestLoop.Web.Tests.Features.Cluster;

/// <summary>Two app instances on one PostgreSQL database, as behind a load balancer.</summary>
public sealed class TwoInstanceTests
{
    [SkippableFact]
    public async Task A_case_created_on_one_instance_is_found_searched_and_updated_on_the_other()
    {
        TestDatabases.RequirePostgres();
        var clock = NewClock();
        using var a = new PostgresApp { Clock = clock, Emails = new RecordingEmailSender() };
        _ = a.Services;
        using var b = PostgresApp.SharingWith(a, new RecordingEmailSender());
        _ = b.Services;
        await a.Services.GetRequiredService<PostgresClusterListener>().Listening.WaitAsync(TimeSpan.FromSeconds(30));

        var (id, number) = await AssignedComplaintAsync(a, "温泉池水温过低，要求退款");

        var onB = await (await b.Api().GetAsync($"/api/v1/cases/{id}")).JsonAsync();
        Assert.Equal(number, onB["number"]!.GetValue<string>());
        var searched = await (await b.Api().GetAsync($"/api/v1/cases?q={Uri.EscapeDataString("温泉 退款")}")).JsonAsync();
        Assert.Equal([id], searched["items"]!.AsArray().Select(c => c!["id"]!.GetValue<Guid>()));

        // A change made through B reaches the open pages of A by the database's NOTIFY.
        var heardOnA = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        a.Services.GetRequiredService<ClusterEvents>().CasesChanged += ids =>
        {
            if (ids is null || ids.Contains(id))
            {
                heardOnA.TrySetResult();
            }

            return Task.CompletedTask;
        };
        var triaged = await b.Api("head").PostJsonAsync($"/api/v1/cases/{id}/triage", new { category = "facility", severity = "general" });
        Assert.Equal(HttpStatusCode.OK, triaged.StatusCode);
        await heardOnA.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var onA = await (await a.Api().GetAsync($"/api/v1/cases/{id}")).JsonAsync();
        Assert.Equal("triaged", onA["status"]!.GetValue<string>());

        // What one instance protects (sign-in cookies, form tokens, integration secrets) the other reads.
        var secret = a.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("cluster-test").Protect("共享密钥");
        Assert.Equal("共享密钥", b.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("cluster-test").Unprotect(secret));

        // The escalation job, run by both at once, warns the assignee of an untouched case once.
        var (waiting, _) = await AssignedComplaintAsync(b, "客房热水不稳定");
        clock.SetUtcNow(Bj(3, 5, 30));
        await Task.WhenAll(RunJobAsync(a), RunJobAsync(b), RunJobAsync(a), RunJobAsync(b));
        var warnings = (await StoredAsync(b, waiting)).Where(n => n.Stage == SlaStage.Response && n.Event == EscalationEvent.Approaching).ToList();
        Assert.Single(warnings);
        Assert.Equal(await a.StaffIdAsync("clerk"), warnings[0].RecipientId);
    }

    [SkippableFact]
    public async Task A_calendar_edit_on_one_instance_clears_the_cached_rules_of_the_other()
    {
        TestDatabases.RequirePostgres();
        using var a = new PostgresApp();
        using var b = await ListeningPartnerAsync(a);
        var cleared = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        b.Services.GetRequiredService<ClusterEvents>().RulesChanged += () => cleared.TrySetResult();

        var calendar = await (await a.Api().GetAsync("/api/v1/calendars/scenic-7d")).JsonAsync();
        var saved = await a.Api().PutAsync("/api/v1/calendars/scenic-7d",
            new StringContent(calendar.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());

        await cleared.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [SkippableFact]
    public async Task A_risk_word_edit_on_one_instance_applies_to_the_next_case_received_by_the_other()
    {
        TestDatabases.RequirePostgres();
        using var a = new PostgresApp();
        using var b = await ListeningPartnerAsync(a);

        // B reads the words once (and keeps them) before A changes them.
        var before = await (await b.Api().PostJsonAsync("/api/v1/cases", JsonBodies.Complaint("泳池边有玻璃碎片"))).JsonAsync();
        var dropped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        b.Services.GetRequiredService<ClusterEvents>().RiskWordsChanged += () => dropped.TrySetResult();
        var saved = await a.Api("admin").PutAsync("/api/v1/risk-words", System.Net.Http.Json.JsonContent.Create(new { words = new[] { "玻璃碎片" } }));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        await dropped.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var after = await (await b.Api().PostJsonAsync("/api/v1/cases", JsonBodies.Complaint("泳池边有玻璃碎片"))).JsonAsync();

        Assert.Equal("general", before["severity"]!.GetValue<string>());
        Assert.Equal("urgent", after["severity"]!.GetValue<string>());
    }

    /// <summary>A second instance on <paramref name="a"/>'s database, once it listens for the first one's news.</summary>
    private static async Task<PostgresApp> ListeningPartnerAsync(PostgresApp a)
    {
        _ = a.Services;
        var b = PostgresApp.SharingWith(a, null);
        _ = b.Services;
        await b.Services.GetRequiredService<PostgresClusterListener>().Listening.WaitAsync(TimeSpan.FromSeconds(30));
        return b;
    }
}
