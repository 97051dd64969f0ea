using System.Net;
using System.Text.Json.Nodes;
using GuestLoop.Web.Data;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Cases;

/// <summary>Probable duplicates across channels: flagged on receipt, listed on both cases, merged or dismissed, inside the scope.</summary>
public abstract class DuplicatesApiTests(GuestLoopApp app)
{
    private static string NewPhone() => "139" + Random.Shared.Next(10_000_000, 99_999_999);

    private async Task<JsonNode> CreateAsync(string phone, string channel, string title, string description, string property = "DEMO-HOTEL",
        string? email = null)
    {
        var response = await app.Api().PostJsonAsync("/api/v1/cases", new
        {
            kind = "complaint", channel, property, title, description, customer = new { name = "王芳", phone, email },
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    private async Task<(Guid Earlier, Guid Newer, string EarlierNumber, string NewerNumber)> PairAsync(string property = "DEMO-HOTEL")
    {
        var phone = NewPhone();
        var earlier = await CreateAsync(phone, "phone", "浴室下水道堵塞", "1506房间浴室下水道堵塞，积水很深", property);
        var newer = await CreateAsync($"+86 {phone[..3]}-{phone[3..7]}-{phone[7..]}", "email", "浴室积水", "1506房间浴室下水道堵塞积水，电话反映后无人处理", property);
        return (earlier["id"]!.GetValue<Guid>(), newer["id"]!.GetValue<Guid>(), earlier["number"]!.GetValue<string>(), newer["number"]!.GetValue<string>());
    }

    private async Task<JsonArray> DuplicatesAsync(Guid id, string? user = null)
    {
        var response = await app.Api(user).GetAsync($"/api/v1/cases/{id}/duplicates");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).AsArray();
    }

    private async Task<JsonNode> CaseAsync(Guid id) => await (await app.Api().GetAsync($"/api/v1/cases/{id}")).JsonAsync();

    [SkippableFact]
    public async Task The_same_guest_on_another_channel_is_flagged_on_both_cases()
    {
        app.Require();
        var (earlier, newer, earlierNumber, newerNumber) = await PairAsync();

        var fromNewer = Assert.Single(await DuplicatesAsync(newer))!;
        var fromEarlier = Assert.Single(await DuplicatesAsync(earlier))!;

        Assert.Equal((earlierNumber, true, "open", "phone"), (fromNewer["number"]!.GetValue<string>(), fromNewer["earlier"]!.GetValue<bool>(),
            fromNewer["state"]!.GetValue<string>(), fromNewer["channel"]!.GetValue<string>()));
        Assert.Equal((newerNumber, false), (fromEarlier["number"]!.GetValue<string>(), fromEarlier["earlier"]!.GetValue<bool>()));
        Assert.Equal(fromNewer["id"]!.GetValue<Guid>(), fromEarlier["id"]!.GetValue<Guid>());
        Assert.Equal(earlierNumber, Assert.Single((await CaseAsync(newer))["duplicates"]!.AsArray())!["number"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task Another_guest_another_matter_or_another_property_is_not_flagged()
    {
        app.Require();
        var phone = NewPhone();
        await CreateAsync(phone, "phone", "浴室下水道堵塞", "1506房间浴室下水道堵塞，积水很深");
        var otherMatter = await CreateAsync(phone, "web", "早餐品种少", "自助早餐的热菜品种太少");
        var otherGuest = await CreateAsync(NewPhone(), "web", "浴室下水道堵塞", "1506房间浴室下水道堵塞，积水很深");
        var otherProperty = await CreateAsync(phone, "web", "浴室下水道堵塞", "1506房间浴室下水道堵塞，积水很深", "DEMO-SCENIC");

        foreach (var c in new[] { otherMatter, otherGuest, otherProperty })
        {
            Assert.Empty(await DuplicatesAsync(c["id"]!.GetValue<Guid>()));
        }
    }

    [SkippableFact]
    public async Task The_same_email_in_other_letters_is_the_same_guest()
    {
        app.Require();
        var local = "guest" + Guid.NewGuid().ToString("N")[..8];
        await CreateAsync(NewPhone(), "email", "停车场收费不合理", "停车场按天收费，但我只停了两小时", email: $"{local}@Example.com");
        var newer = await CreateAsync(NewPhone(), "phone", "停车收费不合理", "停车场只停了两小时却按天收费", email: $" {local.ToUpperInvariant()}@example.COM ");

        Assert.Single(await DuplicatesAsync(newer["id"]!.GetValue<Guid>()));
    }

    [SkippableFact]
    public async Task Merging_closes_the_duplicate_and_the_survivor_shows_its_history_with_its_number()
    {
        app.Require();
        var (earlier, newer, earlierNumber, newerNumber) = await PairAsync();

        var response = await app.Api("head").PostJsonAsync($"/api/v1/cases/{newer}/merge", new { into = earlierNumber });

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var merged = await response.JsonAsync();
        Assert.Equal(("closed", earlierNumber), (merged["status"]!.GetValue<string>(), merged["mergedInto"]!["number"]!.GetValue<string>()));
        Assert.Equal("mergeInto", merged["history"]!.AsArray()[^1]!["action"]!.GetValue<string>());

        var survivor = await CaseAsync(earlier);
        Assert.Equal(newerNumber, Assert.Single(survivor["merged"]!.AsArray())!["number"]!.GetValue<string>());
        var history = survivor["history"]!.AsArray();
        Assert.Contains(history, h => h!["action"]!.GetValue<string>() == "absorbDuplicate" && h["source"] is null);
        var foreign = history.Where(h => h!["source"]?.GetValue<string>() == newerNumber).Select(h => h!["action"]!.GetValue<string>()).ToList();
        Assert.Equal(["receive", "mergeInto"], foreign);
        Assert.Equal("merged", Assert.Single(await DuplicatesAsync(earlier))!["state"]!.GetValue<string>());
        Assert.Equal(["case.merge"], await AuditAsync(newer));

        var reopen = await app.Api("head").PostJsonAsync($"/api/v1/cases/{newer}/reopen", new { reason = "再看看" });
        var again = await app.Api("head").PostJsonAsync($"/api/v1/cases/{newer}/merge", new { into = earlier.ToString() });
        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (reopen.StatusCode, again.StatusCode));
    }

    [SkippableFact]
    public async Task Merging_needs_the_authority_of_the_case_a_known_target_and_the_same_property()
    {
        app.Require();
        var (earlier, newer, _, _) = await PairAsync();
        var scenic = (await CreateAsync(NewPhone(), "phone", "索道排队", "索道排队两小时", "DEMO-SCENIC"))["id"]!.GetValue<Guid>();

        var clerk = await app.Api("clerk").PostJsonAsync($"/api/v1/cases/{newer}/merge", new { into = earlier });
        var missing = await app.Api("head").PostJsonAsync($"/api/v1/cases/{newer}/merge", new { });
        var unknown = await app.Api("head").PostJsonAsync($"/api/v1/cases/{newer}/merge", new { into = "DEMO-HOTEL-19990101-0001" });
        var itself = await app.Api("head").PostJsonAsync($"/api/v1/cases/{newer}/merge", new { into = newer });
        var crossProperty = await app.Api("head").PostJsonAsync($"/api/v1/cases/{newer}/merge", new { into = scenic });
        var ranger = await app.Api("ranger").PostJsonAsync($"/api/v1/cases/{newer}/merge", new { into = earlier });
        var rangerInto = await app.Api("ranger").PostJsonAsync($"/api/v1/cases/{scenic}/merge", new { into = earlier });

        Assert.Equal(HttpStatusCode.Forbidden, clerk.StatusCode);
        foreach (var bad in new[] { missing, unknown, itself, crossProperty, rangerInto })
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.True((await bad.JsonAsync())["errors"]!.AsObject().ContainsKey("into"));
        }

        Assert.Equal(HttpStatusCode.NotFound, ranger.StatusCode);
        Assert.Equal("received", (await CaseAsync(newer))["status"]!.GetValue<string>());
        Assert.Empty(await AuditAsync(newer));
    }

    [SkippableFact]
    public async Task A_dismissed_candidate_is_decided_once_and_only_inside_the_scope()
    {
        app.Require();
        var (earlier, newer, _, _) = await PairAsync();
        var candidate = Assert.Single(await DuplicatesAsync(newer))!["id"]!.GetValue<Guid>();

        var ranger = await app.Api("ranger").PostJsonAsync($"/api/v1/cases/{newer}/duplicates/{candidate}/dismiss", new { });
        var rangerList = await app.Api("ranger").GetAsync($"/api/v1/cases/{newer}/duplicates");
        var unknown = await app.Api("clerk").PostJsonAsync($"/api/v1/cases/{newer}/duplicates/{Guid.NewGuid()}/dismiss", new { });
        var dismissed = await app.Api("clerk").PostJsonAsync($"/api/v1/cases/{earlier}/duplicates/{candidate}/dismiss", new { });
        var twice = await app.Api("clerk").PostJsonAsync($"/api/v1/cases/{newer}/duplicates/{candidate}/dismiss", new { });

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.OK, HttpStatusCode.Conflict],
            new[] { ranger.StatusCode, rangerList.StatusCode, unknown.StatusCode, dismissed.StatusCode, twice.StatusCode });
        var after = Assert.Single(await DuplicatesAsync(newer))!;
        Assert.Equal(("dismissed", "赵敏"), (after["state"]!.GetValue<string>(), after["decidedBy"]!.GetValue<string>()[..2]));
        Assert.Equal(["duplicate.dismiss"], await AuditAsync(earlier));
    }

    private async Task<List<string>> AuditAsync(Guid caseId)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var key = caseId.ToString();
        return (await db.AuditLog.AsNoTracking().Where(e => e.Entity == "case" && e.EntityKey == key).ToListAsync())
            .OrderBy(e => e.At).Select(e => e.Action).ToList();
    }
}

public sealed class DuplicatesApiSqliteTests(SqliteApp app) : DuplicatesApiTests(app), IClassFixture<SqliteApp>;

public sealed class DuplicatesApiPostgresTests(PostgresApp app) : DuplicatesApiTests(app), IClassFixture<PostgresApp>;
