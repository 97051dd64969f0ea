using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Playwright;

namespace GuestLoop.Bench.Workspace;

/// <summary>
/// <c>workspace --app path/GuestLoop.Web.dll [--samples 40] [--user agent] [--chromium /usr/bin/chromium]</c>: starts the
/// app on a fresh SQLite folder with the demo data and, in headless Chromium as one signed-in staff member, opens a newly
/// received complaint by its address, takes its first two steps (triage with the form's defaults, start investigation), goes
/// back to the inbox and opens the next new complaint from there and takes the same steps. It times in the browser how long
/// the case page takes to show and to be ready, both ways, and each step from the click on Confirm to the new status shown.
/// One case after another, as one person works; the first three rounds are warm-up. Then, as a guest on a phone, answers
/// the surveys of <c>--surveys</c> (15, at most 16: one guest address may send 20 forms a minute) cases replied to through the API, timing the click on Submit to the thanks shown.
/// </summary>
public static class WorkspaceCommand
{
    private const int WarmUps = 3;
    private const string Header = "[data-testid=case-number] ~ * [data-status={0}]";
    private const string Ready = "[data-interactive] [data-testid=case-actions] button[data-action=Triage]";
    private const string Confirm = "[data-testid=confirm-action]";

    public static async Task<int> RunAsync(string[] args)
    {
        string? Get(string name) => Array.IndexOf(args, "--" + name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        var dll = Get("app") ?? throw new ArgumentException("--app (path of GuestLoop.Web.dll, built in Release) is required.");
        var samples = int.Parse(Get("samples") ?? "40", CultureInfo.InvariantCulture);
        var user = Get("user") ?? "agent";
        // One guest address may send 20 forms a minute (the public pages' rate limit): warm-ups and samples stay under it.
        var surveys = Math.Min(int.Parse(Get("surveys") ?? "15", CultureInfo.InvariantCulture), 20 - WarmUps - 1);
        var chromium = Get("chromium") ?? Environment.GetEnvironmentVariable("GUESTLOOP_TEST_CHROMIUM") ?? "/usr/bin/chromium";

        Console.WriteLine($"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}; load average before: {LoadAverage()}");
        using var app = await DemoApp.StartAsync(dll);
        Console.WriteLine($"App up (pid {app.ProcessId}); load average after start and triage training: {LoadAverage()}");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-dev-shm-usage"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = DemoApp.Url, ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "zh-CN",
        });
        context.SetDefaultTimeout(60_000);
        await PageClock.InstallAsync(context);
        var page = await context.NewPageAsync();
        await SignInAsync(page, user);

        var html = new Samples("case page by its address: prerendered HTML received");
        var shown = new Samples("case page by its address: header and status shown");
        var ready = new Samples("**case page by its address: ready for a step** (interactive)");
        var fromInbox = new Samples("**case page from the inbox** (click on its number → ready for a step)");
        var form = new Samples("step form opened (click on the step → Confirm shown)");
        var triage = new Samples("triage: click on Confirm → Triaged shown");
        var investigate = new Samples("start investigation: click on Confirm → Investigating shown");
        var steps = new Samples("**a step** (both above together)");
        var errors = 0;
        for (var i = -WarmUps; i < samples && errors < 3; i++)
        {
            var (byAddress, inInbox) = (await app.ReceiveComplaintAsync(2 * (i + WarmUps)), await app.ReceiveComplaintAsync(2 * (i + WarmUps) + 1));
            var id = byAddress;
            try
            {
                // A case opened by its address: a page load, prerendered, then its circuit.
                await page.GotoAsync($"/cases/{id}", new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
                var opened = await PageClock.SinceNavigationAsync(page, string.Format(CultureInfo.InvariantCulture, Header, "Received"), Ready);
                var received = await page.EvaluateAsync<double>("() => performance.getEntriesByType('navigation')[0].responseEnd");
                var first = await FirstStepsAsync(page);

                // The next one from the inbox, as staff usually open a case: a navigation inside the running circuit.
                id = inInbox;
                await page.ClickAsync("a.mud-nav-link[href='/']");
                await page.WaitForSelectorAsync($"[data-testid=inbox] a[href='/cases/{id}']");
                var navigated = await PageClock.ClickUntilShownAsync(page, $"[data-testid=inbox] a[href='/cases/{id}']", Ready);
                var second = await FirstStepsAsync(page);
                if (i < 0)
                {
                    continue;
                }

                html.Add(received);
                shown.Add(opened[0]);
                ready.Add(opened[1]);
                fromInbox.Add(navigated);
                foreach (var (formOpened, triaged, formOpenedAgain, investigating) in new[] { first, second })
                {
                    form.Add(formOpened);
                    form.Add(formOpenedAgain);
                    triage.Add(triaged);
                    investigate.Add(investigating);
                    steps.Add(triaged);
                    steps.Add(investigating);
                }
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException)
            {
                errors++;
                var shot = Path.Combine(Path.GetTempPath(), $"guestloop-workspace-{id:N}");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot + ".png", FullPage = true });
                await File.WriteAllTextAsync(shot + ".html", await page.ContentAsync());
                Console.Error.WriteLine($"case {id}: {e.Message.Split('\n')[0]} (page: {shot}.png, .html)");
            }
        }

        var answered = new Samples("**survey answer** (guest's phone: click on Submit → thanks shown, a full page load)");
        var guest = await browser.NewPageAsync(new BrowserNewPageOptions
        {
            BaseURL = DemoApp.Url, ViewportSize = new ViewportSize { Width = 390, Height = 844 }, Locale = "zh-CN",
        });
        await PageClock.InstallAsync(guest.Context);
        for (var i = -WarmUps; i < surveys && errors < 3; i++)
        {
            var link = await app.RepliedComplaintLinkAsync(10_000 + i + WarmUps);
            var stage = "open";
            try
            {
                await guest.GotoAsync(link);
                stage = "rate";
                await guest.ClickAsync("label[data-csat='5']");
                await guest.ClickAsync("label[data-nps='9']");
                stage = "submit";
                var ms = await PageClock.ClickUntilNextPageShowsAsync(guest, "button[type=submit]", "[data-view=thanks]");
                if (i >= 0)
                {
                    answered.Add(ms);
                }
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException)
            {
                errors++;
                var shot = Path.Combine(Path.GetTempPath(), $"guestloop-survey-{i + WarmUps}.png");
                await guest.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });
                Console.Error.WriteLine($"survey {link} at {stage}: {e.Message.Split('\n')[0]} (page: {shot})");
            }
        }

        Console.WriteLine($"{samples} rounds of two cases as '{user}' after {WarmUps} warm-ups, {surveys} surveys; errors {errors}; load average after: {LoadAverage()}");
        Console.WriteLine("| measurement | samples | p50 | p95 | max |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var s in new[] { html, shown, ready, fromInbox, form, triage, investigate, steps, answered })
        {
            Console.WriteLine(s.Row());
        }

        return errors == 0 ? 0 : 1;
    }

    /// <summary>Triage with the form's defaults, then start the investigation: the times of each form and each save.</summary>
    private static async Task<(double TriageForm, double Triaged, double InvestigationForm, double Investigating)> FirstStepsAsync(IPage page) => (
        await PageClock.ClickUntilShownAsync(page, "[data-testid=case-actions] button[data-action=Triage]", Confirm),
        await PageClock.ClickUntilShownAsync(page, Confirm, string.Format(CultureInfo.InvariantCulture, Header, "Triaged")),
        await PageClock.ClickUntilShownAsync(page, "[data-testid=case-actions] button[data-action=StartInvestigation]", Confirm),
        await PageClock.ClickUntilShownAsync(page, Confirm, string.Format(CultureInfo.InvariantCulture, Header, "Investigating")));

    private static async Task SignInAsync(IPage page, string user)
    {
        await page.GotoAsync("/account/login?returnUrl=%2F");
        await page.FillAsync("input[name=userName]", user);
        await page.FillAsync("input[name=password]", "GuestLoop!2026");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=current-user]");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
