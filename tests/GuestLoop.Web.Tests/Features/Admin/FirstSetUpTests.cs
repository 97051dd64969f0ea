using System.Globalization;
using System.Net;
using GuestLoop.Domain.Organisation;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Tests.Features.Account;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Admin;

/// <summary>
/// The first set-up of an install without demo data through the app's command-line verbs (<c>--create-admin</c>,
/// <c>--create-property</c>, <c>--create-api-key</c>), run as Program runs them, with the password on standard input.
/// </summary>
public abstract class FirstSetUpTests
{
    private const string Password = "harbour-lantern-71";

    protected abstract GuestLoopApp NewApp();

    private static async Task<(int Exit, string Output, string Error)> RunAsync(GuestLoopApp app, string stdin, params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = await Commands.RunAsync(app.Services, app.Services.GetRequiredService<IConfiguration>(), args, new StringReader(stdin),
            output, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    private static async Task<T> QueryAsync<T>(GuestLoopApp app, Func<GuestLoopDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>());
    }

    [SkippableFact]
    public async Task The_first_administrator_is_created_audited_and_signs_in_to_the_workspace()
    {
        using var app = NewApp();
        app.Require();
        var browser = new SignInSession(app);
        var login = await browser.Client.GetStringAsync("/account/login");
        Assert.DoesNotContain(DemoOrganisation.Password, login);
        Assert.Equal(0, await QueryAsync(app, db => db.Staff.CountAsync()));

        var (exit, output, error) = await RunAsync(app, Password + "\n", "--create-admin", "--user", "ops-lead", "--email", "ops@example.com", "--password-stdin");

        Assert.True(exit == 0, error);
        Assert.Contains("ops-lead", output);
        var staff = await QueryAsync(app, db => db.Staff.AsNoTracking().SingleAsync());
        Assert.Equal(("ops-lead", StaffRole.Administrator, AuthorityLevel.Level1, true, "ops@example.com"),
            (staff.UserName, staff.Role, staff.Authority, staff.AllProperties, staff.Email));
        Assert.Equal(1, await QueryAsync(app, db => db.Enterprises.CountAsync()));
        var audit = await QueryAsync(app, db => db.AuditLog.AsNoTracking().OrderBy(e => e.Action).Select(e => new { e.Action, e.ActorName }).ToListAsync());
        Assert.Equal(["enterprise.create", "staff.create"], audit.Select(e => e.Action));
        Assert.All(audit, e => Assert.Equal("command line (--create-admin)", e.ActorName));
        Assert.DoesNotContain(audit, e => e.ToString()!.Contains(Password, StringComparison.Ordinal));

        var signIn = await browser.SignInAsync("ops-lead", Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
        Assert.True(await browser.InWorkspaceAsync());
    }

    [SkippableFact]
    public async Task A_second_run_for_the_same_name_is_refused_and_changes_nothing()
    {
        using var app = NewApp();
        app.Require();
        Assert.Equal(0, (await RunAsync(app, Password + "\n", "--create-admin", "--user", "ops-lead", "--password-stdin")).Exit);
        var stamp = await QueryAsync(app, db => db.Staff.AsNoTracking().Select(s => s.SecurityStamp).SingleAsync());

        var (exit, output, error) = await RunAsync(app, "another-long-secret-9\n", "--create-admin", "--user", "ops-lead", "--password-stdin");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.StartsWith("userName: ", error);
        Assert.Equal(stamp, await QueryAsync(app, db => db.Staff.AsNoTracking().Select(s => s.SecurityStamp).SingleAsync()));
        Assert.Equal(1, await QueryAsync(app, db => db.Enterprises.CountAsync()));
        Assert.Equal(2, await QueryAsync(app, db => db.AuditLog.CountAsync()));
    }

    [SkippableFact]
    public async Task A_weak_password_is_refused_with_the_rule_named_and_nothing_is_created()
    {
        using var app = NewApp();
        app.Require();
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");

        var (exit, output, error) = await RunAsync(app, "aaaaaaaaaaaa\n", "--create-admin", "--user", "ops-lead", "--password-stdin");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Equal("password: A password of at least 10 characters, at least 5 of them different, is required.", error.Trim());
        Assert.Equal(0, await QueryAsync(app, db => db.Staff.CountAsync()));
        Assert.Equal(0, await QueryAsync(app, db => db.Enterprises.CountAsync()));
        Assert.Equal(0, await QueryAsync(app, db => db.AuditLog.CountAsync()));
    }

    [SkippableFact]
    public async Task A_key_from_the_command_line_is_printed_once_and_takes_a_case_for_a_property_made_there_too()
    {
        using var app = NewApp();
        app.Require();
        var early = await RunAsync(app, "", "--create-property", "--code", "HARBOUR", "--name", "海港酒店");
        Assert.Equal((2, "No enterprise yet: --create-admin makes it with the first administrator."), (early.Exit, early.Error.Trim()));
        Assert.Equal(0, (await RunAsync(app, Password + "\n", "--create-admin", "--user", "ops-lead", "--password-stdin")).Exit);
        var property = await RunAsync(app, "", "--create-property", "--code", "HARBOUR", "--name", "海港酒店");
        Assert.True(property.Exit == 0, property.Error);

        var (exit, output, error) = await RunAsync(app, "", "--create-api-key", "--name", "front-desk");

        Assert.True(exit == 0, error);
        var key = output.Trim();
        Assert.StartsWith("gl_", key);
        var stored = await QueryAsync(app, db => db.ApiKeys.AsNoTracking().SingleAsync(k => k.Name == "front-desk"));
        Assert.Equal((ApiKeyAuthentication.Hash(key), ApiKeyScope.Integration), (stored.KeyHash, stored.Scope));
        var created = await app.Api(key: key).PostJsonAsync("/api/v1/cases", JsonBodies.Complaint(property: "HARBOUR"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var again = await RunAsync(app, "", "--create-api-key", "--name", "front-desk");
        Assert.Equal(2, again.Exit);
        Assert.Equal(1, await QueryAsync(app, db => db.ApiKeys.CountAsync(k => k.Name == "front-desk")));

        var revoked = await RunAsync(app, "", "--revoke-api-key", "front-desk");
        var unknown = await RunAsync(app, "", "--revoke-api-key", "front-desk");

        Assert.True(revoked.Exit == 0, revoked.Error);
        Assert.Equal(2, unknown.Exit);
        var refused = await app.Api(key: key).PostJsonAsync("/api/v1/cases", JsonBodies.Complaint(property: "HARBOUR"));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("command line (--revoke-api-key)",
            await QueryAsync(app, db => db.AuditLog.AsNoTracking().Where(e => e.Action == "api-key.revoke").Select(e => e.ActorName).SingleAsync()));
    }
}

public sealed class FirstSetUpSqliteTests : FirstSetUpTests
{
    protected override GuestLoopApp NewApp() => new WithoutDemoData();

    private sealed class WithoutDemoData : SqliteApp
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["GuestLoop:DemoData"] = "false" };
    }
}

public sealed class FirstSetUpPostgresTests : FirstSetUpTests
{
    protected override GuestLoopApp NewApp() => new WithoutDemoData();

    private sealed class WithoutDemoData : PostgresApp
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["GuestLoop:DemoData"] = "false" };
    }
}
