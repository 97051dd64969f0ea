using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GuestLoop.Bench.Scale;

namespace GuestLoop.Bench.Soak;

/// <summary>
/// Simulated agents, each in a loop with a second of thinking between rounds: open an inbox view and a case page from
/// it, take the next step on the case the agent is working on (a case just received, carried through triage,
/// investigation, plan, execution and the written reply to closing), search now and then, and answer the guest's survey
/// on the public page once the reply has gone out — one answer in ten unsatisfied, which reopens the case.
/// </summary>
public sealed partial class Agents(HttpClient api, string baseUrl, SoakRecorder recorder, CaseQueue received, IReadOnlyList<string> properties, int seed)
{
    private static readonly string[] Searches = ["电梯", "空调制冷", "退款", "卫生间", "噪音"];
    private static readonly string[] Categories = ["facility", "hygiene", "serviceQuality", "price"];

    public async Task RunAsync(int agents, CancellationToken ct) =>
        await Task.WhenAll(Enumerable.Range(0, agents).Select(n => Task.Run(() => AgentAsync(new Random(seed + n), ct), CancellationToken.None)));

    private async Task AgentAsync(Random random, CancellationToken ct)
    {
        using var guest = new HttpClient(new SocketsHttpHandler { UseCookies = true, AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };
        Guid? working = null;
        string? status = null;
        while (!ct.IsCancellationRequested)
        {
            var (_, page) = await recorder.TimeAsync(Work.Inbox, () => api.GetAsync(InboxUrl(random)));
            var listed = (JsonNode.Parse(page.Length > 0 ? page : "{}")?["items"]?.AsArray() ?? []).Select(i => i!["id"]!.GetValue<Guid>()).ToList();
            if (listed.Count > 0)
            {
                await recorder.TimeAsync(Work.CasePage, () => api.GetAsync($"/api/v1/cases/{listed[random.Next(listed.Count)]}"));
            }

            working ??= received.Take();
            if (working is { } id)
            {
                status = await StepAsync(id, status ?? "received", random, guest);
                if (status is null or "closed")
                {
                    (working, status) = (null, null);
                }
            }

            if (random.Next(10) < 3)
            {
                var q = Uri.EscapeDataString(Searches[random.Next(Searches.Length)]);
                var scope = random.Next(2) == 0 ? "" : $"&property={properties[random.Next(properties.Count)]}";
                await recorder.TimeAsync(Work.Search, () => api.GetAsync($"/api/v1/cases?pageSize=20&q={q}{scope}"));
            }

            await Task.Delay(random.Next(500, 1500), ct).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private string InboxUrl(Random random) => random.Next(6) switch
    {
        0 => "/api/v1/cases?pageSize=20",
        1 => "/api/v1/cases?pageSize=20&view=open",
        2 => "/api/v1/cases?pageSize=20&view=overdue",
        3 => "/api/v1/cases?pageSize=20&status=received&kind=complaint",
        4 => "/api/v1/cases?pageSize=20&view=unassigned",
        _ => $"/api/v1/cases?pageSize=20&property={properties[random.Next(properties.Count)]}",
    };

    /// <summary>Takes the step the case's status calls for; returns the status after it, or null to leave the case.</summary>
    private async Task<string?> StepAsync(Guid id, string status, Random random, HttpClient guest)
    {
        if (status == "replied" && await AnswerSurveyAsync(id, random, guest))
        {
            return await StatusAsync(id);
        }

        (string Step, object Body)? next = status switch
        {
            "received" => ("triage", new { category = Categories[random.Next(Categories.Length)], severity = "general" }),
            "triaged" => ("start-investigation", new { }),
            "investigating" => ("propose-plan", new
            {
                findings = "经调查情况属实", plan = "维修并致歉",
                responsibility = new { withinScope = true, complaintTrue = true, enterpriseAtFault = true, touchesLawfulRights = false, handlingCompliant = true },
            }),
            "planProposed" => ("approve-plan", new { note = "同意" }),
            "planApproved" => ("start-execution", new { }),
            "executing" => ("reply", new { text = CaseText.Reply(random) }),
            "replied" => ("follow-up", new { way = "phone", satisfaction = 5 }),
            "followUp" => ("close", new { summary = "办结" }),
            _ => null,
        };
        if (next is not { } step)
        {
            return null;
        }

        var (code, body) = await recorder.TimeAsync(Work.Step, () => api.PostAsJsonAsync($"/api/v1/cases/{id}/{step.Step}", step.Body), conflictsExpected: true);
        return code == HttpStatusCode.OK ? JsonNode.Parse(body)?["status"]?.GetValue<string>() : code is null ? null : await StatusAsync(id);
    }

    private async Task<string?> StatusAsync(Guid id)
    {
        var (code, body) = await recorder.TimeAsync(Work.CasePage, () => api.GetAsync($"/api/v1/cases/{id}"));
        return code == HttpStatusCode.OK ? JsonNode.Parse(body)?["status"]?.GetValue<string>() : null;
    }

    /// <summary>The guest's side: the survey page, then the form posted with its antiforgery token.</summary>
    private async Task<bool> AnswerSurveyAsync(Guid id, Random random, HttpClient guest)
    {
        var (_, surveys) = await recorder.TimeAsync(Work.Survey, () => api.GetAsync($"/api/v1/cases/{id}/surveys"));
        var link = (JsonNode.Parse(surveys.Length > 0 ? surveys : "[]")?.AsArray() ?? [])
            .FirstOrDefault(s => s!["state"]?.GetValue<string>() == "open")?["link"]?.GetValue<string>();
        if (link is null)
        {
            return false;
        }

        var (_, html) = await recorder.TimeAsync(Work.Survey, () => guest.GetAsync(link));
        var token = TokenPattern().Match(html).Groups[1].Value;
        var csat = random.Next(10) == 0 ? "2" : "5";
        var (code, _) = await recorder.TimeAsync(Work.Survey, () => guest.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["csat"] = csat, ["nps"] = csat == "5" ? "9" : "3", ["comment"] = "谢谢",
        })), conflictsExpected: true);
        return code == HttpStatusCode.Redirect;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
