using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GuestLoop.Bench.Workspace;

/// <summary>
/// The Release build of GuestLoop in its own process on a fresh SQLite data folder, seeded with the demo data as
/// <c>dotnet run</c> does, every background job on; an administrator key creates the cases the benchmark opens.
/// </summary>
public sealed class DemoApp : IDisposable
{
    public const string Url = "http://127.0.0.1:5197";
    private const string ApiKey = "bench-workspace-key-2026";
    private readonly Process _process;
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "guestloop-bench-workspace", Guid.NewGuid().ToString("N"));

    private DemoApp(string dll)
    {
        // Run from its own folder, as a deployment does, so its appsettings.json is read.
        var path = Path.GetFullPath(dll);
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(path)!,
        };
        foreach (var a in new[]
        {
            path, "--urls", Url, $"--GuestLoop:DataPath={_dataPath}", $"--GuestLoop:Bootstrap:ApiKey={ApiKey}", "--Logging:LogLevel:Default=Warning",
        })
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine("app: " + e.Data);
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Api = new HttpClient { BaseAddress = new Uri(Url), Timeout = TimeSpan.FromMinutes(2) };
        Api.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
    }

    public HttpClient Api { get; }

    public int ProcessId => _process.Id;

    /// <summary>Starts the app and waits until it answers and the demo's triage model, trained just after start, is in use.</summary>
    public static async Task<DemoApp> StartAsync(string dll)
    {
        var app = new DemoApp(dll);
        await Scale.LoadCommand.WaitUntilUpAsync(app.Api);
        var until = DateTime.UtcNow.AddMinutes(5);
        while (DateTime.UtcNow < until && !await app.TriageModelReadyAsync())
        {
            await Task.Delay(1000);
        }

        return app;
    }

    private async Task<bool> TriageModelReadyAsync()
    {
        var status = JsonNode.Parse(await Api.GetStringAsync("/api/v1/triage/model"))!;
        return status["model"] is not null;
    }

    /// <summary>A new complaint at the demo hotel from a guest of its own (no duplicate of another case); its id.</summary>
    public async Task<Guid> ReceiveComplaintAsync(int n)
    {
        var response = await Api.PostAsJsonAsync("/api/v1/cases", new
        {
            kind = "complaint", channel = "phone", property = "DEMO-HOTEL", title = $"客房空调不制冷 {n}",
            description = "入住后房间空调一直不制冷，报修后无人处理。", customer = new { name = "测试宾客", phone = $"139{20_000_000 + n}" },
        });
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();
    }

    /// <summary>
    /// A new complaint taken through every step to the written reply by the department head, so its survey is open; the
    /// survey's link.
    /// </summary>
    public async Task<string> RepliedComplaintLinkAsync(int n)
    {
        var id = await ReceiveComplaintAsync(n);
        async Task StepAsync(string step, object body)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/cases/{id}/{step}") { Content = JsonContent.Create(body) };
            request.Headers.Add("X-On-Behalf-Of", "head");
            using var response = await Api.SendAsync(request);
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"{step}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }

        await StepAsync("triage", new { category = "serviceQuality", severity = "general" });
        await StepAsync("start-investigation", new { });
        await StepAsync("propose-plan", new
        {
            findings = "空调压缩机故障",
            responsibility = new
            {
                withinScope = true, complaintTrue = true, enterpriseAtFault = true, touchesLawfulRights = false, handlingCompliant = true,
                responsibleDepartments = "工程部", responsibleStaff = "值班工程师",
            },
            plan = "更换压缩机并致歉",
        });
        await StepAsync("approve-plan", new { });
        await StepAsync("start-execution", new { });
        await StepAsync("reply", new { text = "经查系空调压缩机故障，已更换，深表歉意。" });
        using var surveys = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/cases/{id}/surveys");
        surveys.Headers.Add("X-On-Behalf-Of", "head");
        var list = JsonNode.Parse(await (await Api.SendAsync(surveys)).EnsureSuccessStatusCode().Content.ReadAsStringAsync())!.AsArray();
        return list.Single()!["link"]!.GetValue<string>();
    }

    public void Dispose()
    {
        Api.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
