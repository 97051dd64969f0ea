using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace GuestLoop.Bench.Scale;

/// <summary>
/// <c>dashboard --connection "…" --app path/GuestLoop.Web.dll [--samples 20]</c>: starts the app like <c>load</c> does and,
/// as the bench administrator, times the workspace dashboard over the last 365 days by week (the page's granularity):
/// the whole dashboard in the one call the page's figures come from, then each figure on its own so a slow one stands
/// out; once over every property and once filtered to one property. One request at a time, as one user opening the page.
/// </summary>
public static class DashboardCommand
{
    private static readonly string[] Figures = ["volumes", "deadlines", "handling-times", "satisfaction", "reopens", "compensation"];

    public static async Task<int> RunAsync(Options options)
    {
        var connection = options.Connection ?? throw new ArgumentException("--connection is required.");
        using var app = LoadCommand.StartApp(options, connection);
        using var http = new HttpClient { BaseAddress = new Uri(LoadCommand.Url), Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Add("X-Api-Key", GenerateCommand.ApiKey);
        await LoadCommand.WaitUntilUpAsync(http);
        var property = (await LoadCommand.PropertyCodesAsync(connection)).First();

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
        var period = string.Create(CultureInfo.InvariantCulture, $"from={today.AddDays(-364):yyyy-MM-dd}&to={today:yyyy-MM-dd}&granularity=week");
        Console.WriteLine($"App up (pid {app.Id}); {Environment.ProcessorCount} cores; {period}; {options.Samples} samples after 3 warm-ups.");
        Console.WriteLine("| figure | filter | p50 | p95 | max | errors |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|");
        foreach (var (label, filter) in new[] { ("all properties", period), ($"property {property}", $"{period}&property={property}") })
        {
            var whole = await TimeAsync(http, $"/api/v1/stats/dashboard?{filter}", options.Samples);
            Print("**whole dashboard** (`/stats/dashboard`)", label, whole);
            var body = JsonNode.Parse(await http.GetStringAsync($"/api/v1/stats/dashboard?{filter}"))!;
            Console.Error.WriteLine($"  {label}: {body["volumes"]!["total"]} cases received in the period");
            foreach (var figure in Figures)
            {
                Print($"`/stats/{figure}`", label, await TimeAsync(http, $"/api/v1/stats/{figure}?{filter}", options.Samples));
            }
        }

        app.Kill(entireProcessTree: true);
        return 0;
    }

    private static void Print(string figure, string filter, Samples s) =>
        Console.WriteLine($"| {figure} | {filter} | {s.P(50):F0} ms | {s.P(95):F0} ms | {s.Max:F0} ms | {s.Errors} |");

    private static async Task<Samples> TimeAsync(HttpClient http, string url, int samples)
    {
        var result = new Samples();
        for (var i = -3; i < samples; i++)
        {
            var start = Stopwatch.GetTimestamp();
            using var response = await http.GetAsync(url);
            await response.Content.ReadAsByteArrayAsync();
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (!response.IsSuccessStatusCode)
            {
                result.Errors++;
                Console.Error.WriteLine($"  {url}: {(int)response.StatusCode}");
            }

            if (i >= 0)
            {
                result.Ms.Add(elapsed);
            }
        }

        return result;
    }

    private sealed class Samples
    {
        public List<double> Ms { get; } = [];

        public int Errors { get; set; }

        public double Max => Ms.Count == 0 ? double.NaN : Ms.Max();

        public double P(int percentile)
        {
            var sorted = Ms.Order().ToList();
            return sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];
        }
    }
}
