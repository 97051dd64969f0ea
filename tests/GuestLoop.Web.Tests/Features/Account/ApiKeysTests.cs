using System.Net;
using System.Text.Json.Nodes;
using GuestLoop.Web.Data;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GuestLoop.Web.Tests.Features.Account;

/// <summary>
/// API keys issued, used and revoked through /api/v1/api-keys: only administrators manage them, within their properties;
/// a read-only key only reads; a revoked or expired key is refused; last use is written at most once a minute.
/// </summary>
public abstract class ApiKeysTests
{
    /// <summary>The run's start to the second (PostgreSQL keeps microseconds): near enough the real clock for the apps to start from the seeded template.</summary>
    private static readonly DateTimeOffset Now = new(DateTimeOffset.UtcNow.UtcTicks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero);

    protected abstract GuestLoopApp NewApp(FakeTimeProvider clock);

    private static async Task<(string Id, string Secret)> IssueAsync(GuestLoopApp app, object request, string? key = null)
    {
        var response = await app.Api(key: key ?? GuestLoopApp.AdminKey).PostJsonAsync("/api/v1/api-keys", request);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.JsonAsync();
        return (body["key"]!["id"]!.GetValue<string>(), body["secret"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task A_key_is_issued_once_used_listed_with_its_last_use_revoked_and_audited()
    {
        var clock = new FakeTimeProvider(Now);
        using var app = NewApp(clock);
        var (id, secret) = await IssueAsync(app, new { name = "pms", role = "agent", properties = new[] { "DEMO-HOTEL" }, expiresAt = Now.AddDays(90) });

        var created = await app.Api(key: secret).PostJsonAsync("/api/v1/cases", JsonBodies.Complaint());
        var listed = (await (await app.Api().GetAsync("/api/v1/api-keys")).JsonAsync()).AsArray().Single(k => k!["id"]!.GetValue<string>() == id)!;
        var revoked = await app.Api().DeleteAsync($"/api/v1/api-keys/{id}");
        var refused = await app.Api(key: secret).GetAsync("/api/v1/cases");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.DoesNotContain(secret, listed.ToJsonString());
        Assert.Equal(("active", Now), (listed["status"]!.GetValue<string>(), listed["lastUsedAt"]!.GetValue<DateTimeOffset>()));
        Assert.Equal(["DEMO-HOTEL"], listed["properties"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        Assert.Equal(["api-key.create", "api-key.revoke"],
            await db.AuditLog.AsNoTracking().Where(e => e.EntityKey == id).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        Assert.DoesNotContain(secret, string.Join(' ', await db.AuditLog.AsNoTracking().Where(e => e.EntityKey == id).Select(e => e.After).ToListAsync()));
    }

    [SkippableFact]
    public async Task Last_use_is_written_at_most_once_a_minute()
    {
        var clock = new FakeTimeProvider(Now);
        using var app = NewApp(clock);
        var (id, secret) = await IssueAsync(app, new { name = "reader", role = "agent", allProperties = true });

        await app.Api(key: secret).GetAsync("/api/v1/cases");
        clock.Advance(TimeSpan.FromSeconds(30));
        await app.Api(key: secret).GetAsync("/api/v1/cases");
        var afterHalfAMinute = await LastUseAsync(app, id);
        clock.Advance(TimeSpan.FromSeconds(31));
        await app.Api(key: secret).GetAsync("/api/v1/cases");

        Assert.Equal(Now, afterHalfAMinute);
        Assert.Equal(Now.AddSeconds(61), await LastUseAsync(app, id));
    }

    private static async Task<DateTimeOffset?> LastUseAsync(GuestLoopApp app, string id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        return await db.ApiKeys.AsNoTracking().Where(k => k.Id == Guid.Parse(id)).Select(k => k.LastUsedAt).SingleAsync();
    }

    [SkippableFact]
    public async Task A_clerk_may_not_manage_keys()
    {
        using var app = NewApp(new FakeTimeProvider(Now));

        var list = await app.Api("clerk").GetAsync("/api/v1/api-keys");
        var create = await app.Api("clerk").PostJsonAsync("/api/v1/api-keys", new { name = "mine", role = "administrator", allProperties = true });

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
    }

    [SkippableFact]
    public async Task Bad_input_is_refused_with_an_error_per_field()
    {
        using var app = NewApp(new FakeTimeProvider(Now));

        var response = await app.Api().PostJsonAsync("/api/v1/api-keys",
            new { name = "", role = "janitor", authority = "level7", properties = new[] { "NOPE" }, expiresAt = Now.AddDays(-1) });
        var missing = await app.Api().PostJsonAsync("/api/v1/api-keys", new { name = "x", expiresAt = Now.AddYears(3) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync())["errors"]!.AsObject();
        Assert.Equal(["authority", "expiresAt", "name", "properties", "role"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        var missingErrors = (await missing.JsonAsync())["errors"]!.AsObject();
        Assert.Equal(["expiresAt", "properties", "role"], missingErrors.Select(e => e.Key).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task A_read_only_key_reads_but_may_not_write()
    {
        using var app = NewApp(new FakeTimeProvider(Now));
        var (_, secret) = await IssueAsync(app, new { name = "bi", role = "supervisor", allProperties = true, readOnly = true });

        var read = await app.Api(key: secret).GetAsync("/api/v1/cases");
        var write = await app.Api(key: secret).PostJsonAsync("/api/v1/cases", JsonBodies.Complaint());

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Contains("read-only", (await write.JsonAsync())["detail"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task An_expired_key_is_refused()
    {
        var clock = new FakeTimeProvider(Now);
        using var app = NewApp(clock);
        var (_, secret) = await IssueAsync(app, new { name = "trial", role = "agent", allProperties = true, expiresAt = Now.AddHours(1) });

        var before = await app.Api(key: secret).GetAsync("/api/v1/cases");
        clock.Advance(TimeSpan.FromHours(1));
        var after = await app.Api(key: secret).GetAsync("/api/v1/cases");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [SkippableFact]
    public async Task A_property_administrator_neither_sees_nor_revokes_keys_beyond_their_property()
    {
        using var app = NewApp(new FakeTimeProvider(Now));
        var (_, hotelAdmin) = await IssueAsync(app, new { name = "hotel-admin", role = "administrator", properties = new[] { "DEMO-HOTEL" } });
        var (scenicId, _) = await IssueAsync(app, new { name = "scenic-gate", role = "agent", properties = new[] { "DEMO-SCENIC" } });
        var (hotelId, _) = await IssueAsync(app, new { name = "hotel-pms", role = "agent", properties = new[] { "DEMO-HOTEL" } });

        var listed = (await (await app.Api(key: hotelAdmin).GetAsync("/api/v1/api-keys")).JsonAsync()).AsArray()
            .Select(k => k!["name"]!.GetValue<string>()).ToList();
        var revokeScenic = await app.Api(key: hotelAdmin).DeleteAsync($"/api/v1/api-keys/{scenicId}");
        var widen = await app.Api(key: hotelAdmin).PostJsonAsync("/api/v1/api-keys", new { name = "wide", role = "agent", allProperties = true });
        var revokeHotel = await app.Api(key: hotelAdmin).DeleteAsync($"/api/v1/api-keys/{hotelId}");

        Assert.Equal(["hotel-admin", "hotel-pms"], listed.Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, revokeScenic.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, widen.StatusCode);
        Assert.Equal(HttpStatusCode.OK, revokeHotel.StatusCode);
    }
}

public sealed class ApiKeysSqliteTests : ApiKeysTests
{
    protected override GuestLoopApp NewApp(FakeTimeProvider clock) => new SqliteApp { Clock = clock };
}

public sealed class ApiKeysPostgresTests : ApiKeysTests
{
    protected override GuestLoopApp NewApp(FakeTimeProvider clock) => new PostgresApp { Clock = clock };
}
