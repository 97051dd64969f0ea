using System.Net;
using System.Text.RegularExpressions;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace GuestLoop.Web.Tests.Features.Account;

/// <summary>A browser of the sign-in tests whose cookies can be read, copied and replayed.</summary>
public sealed partial class SignInSession(WebApplicationFactory<Program> app, CookieContainer? cookies = null)
{
    public static readonly Uri Site = new("http://localhost");

    public CookieContainer Cookies { get; } = cookies ?? new CookieContainer();

    public HttpClient Client => _client ??= app.CreateDefaultClient(Site, new CookieContainerHandler(Cookies));
    private HttpClient? _client;

    /// <summary>Another browser holding only a copy of this one's sign-in cookie.</summary>
    public SignInSession WithCopiedCookie()
    {
        var copy = new CookieContainer();
        var auth = Cookies.GetCookies(Site).Where(c => c.Name.StartsWith("guestloop.auth", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(auth);
        auth.ForEach(c => copy.Add(Site, new Cookie(c.Name, c.Value)));
        return new SignInSession(app, copy);
    }

    public async Task<HttpResponseMessage> SignInAsync(string userName, string password = FormPages.DemoPassword, string returnUrl = "/")
    {
        var token = FormPages.AntiforgeryToken(await Client.GetStringAsync("/account/login"));
        return await Client.PostAsync("/account/login", Form(("__RequestVerificationToken", token), ("userName", userName),
            ("password", password), ("returnUrl", returnUrl)));
    }

    /// <summary>Posts a form of the page at <paramref name="page"/> with that page's antiforgery token.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string page, string action, params (string Name, string Value)[] fields)
    {
        var token = FormPages.AntiforgeryToken(await Client.GetStringAsync(page));
        return await Client.PostAsync(action, Form([("__RequestVerificationToken", token), .. fields]));
    }

    /// <summary>Signed in to the workspace: the inbox answers instead of sending to the login page.</summary>
    public async Task<bool> InWorkspaceAsync()
    {
        var response = await Client.GetAsync("/");
        return response.StatusCode == HttpStatusCode.OK;
    }

    public async Task<(string Key, string Uri)> AuthenticatorKeyAsync()
    {
        var html = await Client.GetStringAsync("/account/security");
        var uri = WebUtility.HtmlDecode(UriPattern().Match(html).Groups[1].Value);
        var key = KeyPattern().Match(html).Groups[1].Value;
        return (key, uri);
    }

    public static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    [GeneratedRegex("data-testid=\"authenticator-uri\"[^>]*>([^<]+)<")]
    private static partial Regex UriPattern();

    [GeneratedRegex("data-testid=\"authenticator-key\"[^>]*>([^<]+)<")]
    private static partial Regex KeyPattern();
}
