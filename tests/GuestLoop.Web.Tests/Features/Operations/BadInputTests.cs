using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using GuestLoop.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace GuestLoop.Web.Tests.Features.Operations;

/// <summary>
/// Every POST and PUT of the integration API, as the OpenAPI document describes it, fed at least thirty generated
/// bad bodies: none may answer 5xx, and none refused with 4xx may change a stored row (all or nothing).
/// </summary>
public abstract class BadInputTests(GuestLoopApp app, ITestOutputHelper output)
{
    /// <summary>Refused attempts are audited on purpose; nothing else may be written by a 4xx.</summary>
    private static readonly string[] MayChangeOnRefusal = ["audit_log"];

    [SkippableFact]
    public async Task Every_post_and_put_refuses_bad_bodies_without_5xx_and_without_changing_a_row()
    {
        app.Require();
        var api = app.Api("admin");
        var document = JsonNode.Parse(await api.GetStringAsync("/openapi/v1.json"))!;
        var bodies = new BadBodies(document);
        var paths = new PathValues(api);
        using var fingerprint = DatabaseFingerprint.Open(app, MayChangeOnRefusal);
        var failures = new List<string>();
        var notes = new List<string>();
        var clock = Stopwatch.StartNew();

        foreach (var (template, item) in document["paths"]!.AsObject().Where(p => p.Key.StartsWith("/api/v1/", StringComparison.Ordinal)))
        {
            foreach (var method in new[] { "post", "put" })
            {
                if (item![method] is not { } operation)
                {
                    continue;
                }

                var url = await paths.FillAsync(template, operation);
                var cases = bodies.For(operation, replaces: method == "put").Select(b => (Url: url, Body: b)).ToList();
                if (template.Contains('{', StringComparison.Ordinal))
                {
                    cases.Add((await paths.FillAsync(template, operation, unknown: true), cases[0].Body with { Label = "unknown id" }));
                }

                var statuses = new SortedDictionary<int, int>();
                foreach (var (target, body) in cases)
                {
                    var before = fingerprint.Current();
                    int status;
                    try
                    {
                        using var response = await api.SendAsync(Request(method, target, body));
                        status = (int)response.StatusCode;
                        if (body.Label == "valid-looking" && status >= 400)
                        {
                            var text = await response.Content.ReadAsStringAsync();
                            notes.Add($"{method.ToUpperInvariant()} {template}: the valid-looking body got {status} {text[..Math.Min(200, text.Length)]}");
                        }

                        if (status >= 500)
                        {
                            var text = await response.Content.ReadAsStringAsync();
                            failures.Add($"{method.ToUpperInvariant()} {template} [{body.Label}] → {status} {text[..Math.Min(300, text.Length)]}");
                        }
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        status = 599;
                        failures.Add($"{method.ToUpperInvariant()} {template} [{body.Label}] → threw {e.GetType().Name}: {e.Message}");
                    }

                    statuses[status] = statuses.GetValueOrDefault(status) + 1;
                    if (body.MustBeRefused && status < 400)
                    {
                        failures.Add($"{method.ToUpperInvariant()} {template} [{body.Label}] → {status}: a PUT without a list or object it replaces must be refused");
                    }

                    if (status is >= 400 and < 500)
                    {
                        var changed = DatabaseFingerprint.Changed(before, fingerprint.Current());
                        if (changed.Count > 0)
                        {
                            failures.Add($"{method.ToUpperInvariant()} {template} [{body.Label}] → {status} but changed {string.Join(", ", changed)}");
                        }
                    }
                }

                output.WriteLine($"{method.ToUpperInvariant(),-4} {template}: {cases.Count} bodies, {string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}"))}");
            }
        }

        output.WriteLine($"{clock.Elapsed.TotalSeconds:0} s");
        foreach (var note in notes)
        {
            output.WriteLine(note);
        }

        foreach (var failure in failures)
        {
            output.WriteLine("FAIL " + failure);
        }

        Assert.Empty(failures);
    }

    private static HttpRequestMessage Request(string method, string url, BadBody body)
    {
        var request = new HttpRequestMessage(method == "post" ? HttpMethod.Post : HttpMethod.Put, url);
        if (body.Text is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body.Text));
            if (body.ContentType is not null)
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(body.ContentType);
            }
        }

        return request;
    }
}

public sealed class BadInputSqliteTests(SqliteApp app, ITestOutputHelper output) : BadInputTests(app, output), IClassFixture<SqliteApp>;

public sealed class BadInputPostgresTests(PostgresApp app, ITestOutputHelper output) : BadInputTests(app, output), IClassFixture<PostgresApp>;
