using System.Net;
using System.Net.Http.Json;
using GuestLoop.Domain.Organisation;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Admin;
using GuestLoop.Web.Features.Organisation;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GuestLoop.Web.Tests.Features.Account;

/// <summary>
/// Staff sign-in through the real pipeline on each database: lockout with back-off, sessions that end on sign-out and
/// on a password change, a sign-out only this site's forms can trigger, no shortcut for unknown user names, and
/// authenticator codes (required for administrators when the enterprise says so). Each test signs in as its own demo user.
/// </summary>
public abstract class SignInTests(GuestLoopApp app)
{
    protected abstract GuestLoopApp NewApp(FakeTimeProvider clock);

    private static bool SentToLogin(HttpResponseMessage r) => SentTo(r, "/account/login");

    /// <summary>A redirect to the path, given relative (endpoints) or absolute (pages that navigate while prerendering).</summary>
    private static bool SentTo(HttpResponseMessage r, string path)
    {
        if (r.StatusCode != HttpStatusCode.Redirect || r.Headers.Location is not { } location)
        {
            return false;
        }

        var local = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
        return path == "/" ? local == "/" : local.StartsWith(path, StringComparison.Ordinal);
    }

    private async Task<List<string>> AuditActionsAsync(GuestLoopApp on, string userName)
    {
        await using var scope = on.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        return await db.AuditLog.AsNoTracking().Where(e => e.Entity == "staff" && e.EntityKey == userName).OrderBy(e => e.Id)
            .Select(e => e.Action).ToListAsync();
    }

    [SkippableFact]
    public async Task After_five_wrong_passwords_even_the_right_one_is_refused_until_the_lockout_ends_and_the_next_lockout_lasts_twice_as_long()
    {
        app.Require();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var own = NewApp(clock);
        var browser = new SignInSession(own);

        for (var i = 0; i < 5; i++)
        {
            Assert.True(SentToLogin(await browser.SignInAsync("agent", "wrong-password-" + i)));
        }

        Assert.True(SentToLogin(await browser.SignInAsync("agent")), "the right password works during the lockout");
        clock.Advance(TimeSpan.FromMinutes(4));
        Assert.True(SentToLogin(await browser.SignInAsync("agent")));

        // Five more after the first lockout ends lock it again, for twice as long; failures while locked do not count.
        clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        for (var i = 0; i < 5; i++)
        {
            Assert.True(SentToLogin(await browser.SignInAsync("agent", "wrong-password-" + i)));
        }

        clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        Assert.True(SentToLogin(await browser.SignInAsync("agent")), "the second lockout is as short as the first");
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.True(SentTo(await browser.SignInAsync("agent"), "/"), "the right password is refused after the lockout");
        Assert.True(await browser.InWorkspaceAsync());

        var actions = await AuditActionsAsync(own, "agent");
        Assert.Equal(2, actions.Count(a => a == "signin.locked-out"));
        Assert.Equal(8, actions.Count(a => a == "signin.failed"));
        Assert.Equal(3, actions.Count(a => a == "signin.refused-locked"));
    }

    [SkippableFact]
    public async Task A_copy_of_the_sign_in_cookie_is_refused_once_its_owner_signs_out()
    {
        app.Require();
        var browser = new SignInSession(app);
        Assert.True(SentTo(await browser.SignInAsync("clerk"), "/"));
        var copy = browser.WithCopiedCookie();
        Assert.True(await copy.InWorkspaceAsync(), "the copied cookie works while the session is open");

        var signedOut = await browser.PostFormAsync("/account/security", "/account/logout");
        Assert.True(SentToLogin(signedOut));

        Assert.False(await copy.InWorkspaceAsync());
        Assert.True(SentToLogin(await copy.Client.GetAsync("/")));
    }

    [SkippableFact]
    public async Task Signing_out_needs_the_form_s_antiforgery_token_and_without_it_the_session_survives()
    {
        app.Require();
        var browser = new SignInSession(app);
        Assert.True(SentTo(await browser.SignInAsync("ranger"), "/"));

        // What a page on another site can send: the browser's cookies, but no token of ours.
        var forged = await browser.Client.PostAsync("/account/logout", SignInSession.Form());
        var bare = await browser.Client.PostAsync("/account/logout", null);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.True(await browser.InWorkspaceAsync());
        Assert.True(await browser.WithCopiedCookie().InWorkspaceAsync());
    }

    [SkippableFact]
    public async Task An_unknown_user_name_costs_the_same_password_hash_work_as_a_known_one_and_gets_the_same_answer()
    {
        app.Require();
        var hasher = new CountingHasher();
        var counted = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IPasswordHasher<StaffMember>>(hasher)));
        var browser = new SignInSession(counted);

        var before = hasher.Verifications;
        var unknown = await browser.SignInAsync("nobody-" + Guid.NewGuid().ToString("N")[..8], "wrong-password");
        var afterUnknown = hasher.Verifications;
        var known = await browser.SignInAsync("agent", "wrong-password");
        var afterKnown = hasher.Verifications;

        Assert.Equal(1, afterUnknown - before);
        Assert.Equal(1, afterKnown - afterUnknown);
        Assert.All(hasher.VerifiedHashes, h => Assert.Equal(0x01, Convert.FromBase64String(h)[0]));
        Assert.Equal(known.Headers.Location, unknown.Headers.Location);
        Assert.True(SentToLogin(unknown));

        // Right password afterwards, so the shared fixture's agent is not left near a lockout.
        Assert.True(SentTo(await browser.SignInAsync("agent"), "/"));
    }

    [SkippableFact]
    public async Task Changing_the_password_ends_the_other_sessions_and_keeps_this_one()
    {
        app.Require();
        var here = new SignInSession(app);
        var elsewhere = new SignInSession(app);
        Assert.True(SentTo(await here.SignInAsync("head"), "/"));
        Assert.True(SentTo(await elsewhere.SignInAsync("head"), "/"));

        var tooShort = await here.PostFormAsync("/account/security", "/account/password",
            ("currentPassword", FormPages.DemoPassword), ("newPassword", "short"));
        Assert.True(SentTo(tooShort, "/account/security?error=new-password"));
        Assert.True(await elsewhere.InWorkspaceAsync(), "a refused change ends nothing");
        var guessed = await here.PostFormAsync("/account/security", "/account/password",
            ("currentPassword", "not-the-password"), ("newPassword", "Another-Secret-2027"));
        Assert.True(SentTo(guessed, "/account/security?error=current-password"));

        var changed = await here.PostFormAsync("/account/security", "/account/password",
            ("currentPassword", FormPages.DemoPassword), ("newPassword", "Longer-Secret-2027"));
        Assert.True(SentTo(changed, "/account/security?done=password"));

        Assert.False(await elsewhere.InWorkspaceAsync());
        Assert.True(await here.InWorkspaceAsync());
        Assert.True(SentToLogin(await new SignInSession(app).SignInAsync("head")));
        Assert.True(SentTo(await new SignInSession(app).SignInAsync("head", "Longer-Secret-2027"), "/"));
        var actions = await AuditActionsAsync(app, "head");
        Assert.Contains("password.change-refused", actions);
        Assert.Contains("password.changed", actions);
    }

    [SkippableFact]
    public async Task Staff_enrol_an_authenticator_app_and_then_sign_in_with_its_code()
    {
        app.Require();
        var browser = new SignInSession(app);
        Assert.True(SentTo(await browser.SignInAsync("manager"), "/"));

        var (key, uri) = await browser.AuthenticatorKeyAsync();
        var secret = uri.Split("secret=")[1].Split('&')[0];
        Assert.StartsWith("otpauth://totp/GuestLoop:manager?", uri);
        Assert.Equal(secret, key.Replace(" ", "").ToUpperInvariant());
        Assert.Contains("digits=6", uri);
        Assert.Contains("period=30", uri);
        Assert.Contains("data-testid=\"authenticator-qr\"", await browser.Client.GetStringAsync("/account/security"));

        var wrong = await browser.PostFormAsync("/account/security", "/account/two-factor/enable", ("code", "000000"), ("returnUrl", "/"));
        Assert.True(SentTo(wrong, "/account/security?error=code"));
        var enabled = await browser.PostFormAsync("/account/security", "/account/two-factor/enable",
            ("code", Totp.Code(secret, DateTimeOffset.UtcNow)), ("returnUrl", "/"));
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Contains("data-testid=\"recovery-codes\"", await enabled.Content.ReadAsStringAsync());
        Assert.True(await browser.InWorkspaceAsync(), "the session that switched it on goes on");

        var next = new SignInSession(app);
        Assert.True(SentTo(await next.SignInAsync("manager"), "/account/two-factor"));
        Assert.False(await next.InWorkspaceAsync(), "the password alone does not sign in");
        var refused = await next.PostFormAsync("/account/two-factor", "/account/two-factor", ("code", "000000"), ("returnUrl", "/"));
        Assert.True(SentTo(refused, "/account/two-factor?error=code"));
        var signedIn = await next.PostFormAsync("/account/two-factor", "/account/two-factor",
            ("code", Totp.Code(secret, DateTimeOffset.UtcNow)), ("returnUrl", "/"));
        Assert.True(SentTo(signedIn, "/"));
        Assert.True(await next.InWorkspaceAsync());

        var disabled = await next.PostFormAsync("/account/security", "/account/two-factor/disable", ("code", Totp.Code(secret, DateTimeOffset.UtcNow)));
        Assert.True(SentTo(disabled, "/account/security?done=disabled"));
        Assert.True(SentTo(await new SignInSession(app).SignInAsync("manager"), "/"), "without two-factor the password is enough again");

        var actions = await AuditActionsAsync(app, "manager");
        Assert.Contains("two-factor.enabled", actions);
        Assert.Contains("signin.code-failed", actions);
        Assert.Contains("two-factor.disabled", actions);
    }

    [SkippableFact]
    public async Task When_the_enterprise_requires_it_an_administrator_without_two_factor_is_sent_to_set_it_up_first()
    {
        app.Require();
        var saved = await app.Api().PutAsJsonAsync("/api/v1/sign-in-settings", new { administratorsNeedTwoFactor = true });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await app.Api("clerk").PutAsJsonAsync("/api/v1/sign-in-settings", new { administratorsNeedTwoFactor = false })).StatusCode);

        var browser = new SignInSession(app);
        Assert.True(SentTo(await browser.SignInAsync("admin"), "/account/security"));
        Assert.True(SentTo(await browser.Client.GetAsync("/"), "/account/security"));
        Assert.True(SentTo(await browser.Client.GetAsync("/admin/staff"), "/account/security"));
        var page = await browser.Client.GetStringAsync("/account/security");
        Assert.Contains("data-testid=\"two-factor-required\"", page);

        var (key, _) = await browser.AuthenticatorKeyAsync();
        var enabled = await browser.PostFormAsync("/account/security", "/account/two-factor/enable",
            ("code", Totp.Code(key.Replace(" ", ""), DateTimeOffset.UtcNow)), ("returnUrl", "/"));
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.True(await browser.InWorkspaceAsync());
        var disabled = await browser.PostFormAsync("/account/security", "/account/two-factor/disable",
            ("code", Totp.Code(key.Replace(" ", ""), DateTimeOffset.UtcNow)));
        Assert.True(SentTo(disabled, "/account/security?error=required"), "an administrator may not switch it off while it is required");

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        Assert.True(await db.AuditLog.AnyAsync(e => e.Action == "signin.settings"));
    }

    [SkippableFact]
    public async Task A_recovery_code_signs_in_once_and_an_administrator_s_reset_switches_two_factor_off_and_ends_the_sessions()
    {
        app.Require();
        var userName = "night-" + Guid.NewGuid().ToString("N")[..8];
        var staffId = await NewStaffAsync(userName, "Night-Shift-2026");
        var browser = new SignInSession(app);
        Assert.True(SentTo(await browser.SignInAsync(userName, "Night-Shift-2026"), "/"));
        var (key, _) = await browser.AuthenticatorKeyAsync();
        var enabled = await browser.PostFormAsync("/account/security", "/account/two-factor/enable",
            ("code", Totp.Code(key.Replace(" ", ""), DateTimeOffset.UtcNow)), ("returnUrl", "/"));
        var codes = System.Text.RegularExpressions.Regex.Matches(await enabled.Content.ReadAsStringAsync(), "<code>([^<]+)</code>")
            .Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, codes.Count);

        var lostPhone = new SignInSession(app);
        Assert.True(SentTo(await lostPhone.SignInAsync(userName, "Night-Shift-2026"), "/account/two-factor"));
        var typedLoosely = codes[0].Replace("-", "").ToLowerInvariant();
        Assert.True(SentTo(await lostPhone.PostFormAsync("/account/two-factor", "/account/two-factor", ("code", typedLoosely), ("returnUrl", "/")), "/"));
        var reused = new SignInSession(app);
        Assert.True(SentTo(await reused.SignInAsync(userName, "Night-Shift-2026"), "/account/two-factor"));
        Assert.True(SentTo(await reused.PostFormAsync("/account/two-factor", "/account/two-factor", ("code", codes[0]), ("returnUrl", "/")),
            "/account/two-factor?error=code"));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OrganisationAdmin>().ResetTwoFactorAsync(staffId, Administrator);
        }

        Assert.False(await lostPhone.InWorkspaceAsync());
        Assert.True(SentTo(await new SignInSession(app).SignInAsync(userName, "Night-Shift-2026"), "/"));
        Assert.Contains("two-factor.reset", await AuditActionsAsync(app, userName));
    }

    private static readonly AccessScope Administrator = new(null, "测试管理员", AuthorityLevel.Level1, null, true, new HashSet<Guid>(), true);

    private async Task<Guid> NewStaffAsync(string userName, string password)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var staff = OrganisationAdmin.NewStaff();
        (staff.UserName, staff.DisplayName, staff.AllProperties) = (userName, "夜班值班员", true);
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<OrganisationAdmin>().SaveStaffAsync(staff, password, Administrator));
        return staff.Id;
    }

    [Fact]
    public void The_test_s_authenticator_matches_the_rfc_6238_test_vector()
    {
        // RFC 6238 appendix B, SHA-1 key "12345678901234567890" at 59 s: 94287082, of which an app shows the last six digits.
        Assert.Equal("287082", Totp.Code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", DateTimeOffset.FromUnixTimeSeconds(59)));
    }

    private sealed class CountingHasher : IPasswordHasher<StaffMember>
    {
        private readonly PasswordHasher<StaffMember> _inner = new();
        private int _verifications;

        public int Verifications => _verifications;

        public System.Collections.Concurrent.ConcurrentBag<string> VerifiedHashes { get; } = [];

        public string HashPassword(StaffMember user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(StaffMember user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            VerifiedHashes.Add(hashedPassword);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}

public sealed class SignInSqliteTests(SqliteApp app) : SignInTests(app), IClassFixture<SqliteApp>
{
    protected override GuestLoopApp NewApp(FakeTimeProvider clock) => new SqliteApp { Clock = clock };
}

public sealed class SignInPostgresTests(PostgresApp app) : SignInTests(app), IClassFixture<PostgresApp>
{
    protected override GuestLoopApp NewApp(FakeTimeProvider clock) => new PostgresApp { Clock = clock };
}
