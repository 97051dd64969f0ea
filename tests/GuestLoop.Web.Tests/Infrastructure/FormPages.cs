using System.Net;
using System.Text.RegularExpressions;

namespace GuestLoop.Web.Tests.Infrastructure;

/// <summary>What a test does with server-rendered forms: read the antiforgery token, sign in as a demo user.</summary>
public static partial class FormPages
{
    public const string DemoPassword = "GuestLoop!2026";

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    /// <summary>The antiforgery token of the first form in a page.</summary>
    public static string AntiforgeryToken(string html) => TokenPattern().Match(html).Groups[1].Value;

    /// <summary>A cookie-keeping client signed in to the workspace as a demo user.</summary>
    public static async Task<HttpClient> SignedInAsync(this GuestLoopApp app, string userName)
    {
        var browser = app.Browser();
        var token = AntiforgeryToken(await browser.GetStringAsync("/account/login"));
        var response = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["userName"] = userName, ["password"] = DemoPassword, ["returnUrl"] = "/",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }
}
