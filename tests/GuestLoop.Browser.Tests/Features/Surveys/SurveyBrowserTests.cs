using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GuestLoop.Browser.Tests.Infrastructure;

namespace GuestLoop.Browser.Tests.Features.Surveys;

/// <summary>
/// The guest answers the survey link of a replied complaint on a phone, unsatisfied; the department head
/// then finds the case reopened in the workspace, with the answer in its history.
/// </summary>
public class SurveyBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private static readonly object Responsibility = new
    {
        withinScope = true, complaintTrue = true, enterpriseAtFault = true, touchesLawfulRights = false, handlingCompliant = true,
        responsibleDepartments = "客房部", responsibleStaff = "楼层服务员",
    };

    private async Task<(Guid Id, string Number)> RepliedComplaintAsync(string title)
    {
        var created = await fx.Api().PostOkAsync("/api/v1/cases", new
        {
            kind = "complaint", channel = "phone", property = "DEMO-HOTEL", title,
            description = "退房后发现房费多扣了一晚，前台答应退款但一直未到账。",
            customer = new { name = "吴芳", phone = "13600002222" },
        });
        var id = created["id"]!.GetValue<Guid>();
        var head = fx.Api("head");
        await head.PostOkAsync($"/api/v1/cases/{id}/triage", new { category = "price", severity = "general" });
        await head.PostOkAsync($"/api/v1/cases/{id}/start-investigation", new { });
        await head.PostOkAsync($"/api/v1/cases/{id}/propose-plan", new { findings = "系统重复扣款", responsibility = Responsibility, plan = "原路退还多扣房费" });
        await head.PostOkAsync($"/api/v1/cases/{id}/approve-plan", new { });
        await head.PostOkAsync($"/api/v1/cases/{id}/start-execution", new { });
        await head.PostOkAsync($"/api/v1/cases/{id}/reply", new { text = "经核实系统重复扣款，已原路退还，深表歉意。" });
        return (id, created["number"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task An_unsatisfied_guest_on_a_phone_reopens_the_case_in_the_workspace()
    {
        var (id, number) = await RepliedComplaintAsync("房费多扣" + Guid.NewGuid().ToString("N")[..4]);
        var surveys = JsonNode.Parse(await fx.Api("head").GetStringAsync($"/api/v1/cases/{id}/surveys"))!.AsArray();
        var link = Assert.Single(surveys)!["link"]!.GetValue<string>();

        var guest = await fx.NewPageAsync(390, 844);
        await guest.GotoAsync(link);
        Assert.Contains(number, await guest.InnerTextAsync(".summary"));
        Assert.True(await guest.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            "The survey page scrolls sideways on a phone.");
        await guest.ClickAsync("label[data-csat='2']");
        await guest.ClickAsync("label[data-nps='3']");
        await guest.FillAsync("textarea[name=comment]", "退款至今未到账，很失望。");
        await guest.ClickAsync("button[type=submit]");
        await guest.WaitForSelectorAsync("[data-view=thanks]");

        var staff = await fx.NewPageAsync();
        await staff.SignInAsync("head", $"/cases/{id}");
        await staff.WaitForSelectorAsync($"[data-testid=case-number]:has-text(\"{number}\")");
        await staff.WaitForSelectorAsync(".mud-chip[data-status=Investigating]");
        await staff.ShowCaseTabAsync("history");
        var history = await staff.InnerTextAsync("[data-testid=history]");
        Assert.Contains("survey: 2/5 NPS 3/10 退款至今未到账，很失望。", history);
        Assert.Contains("记录回访", history);
        Assert.Contains("重新打开", history);
        Assert.Contains("提醒部门负责人", history);
        await staff.ShowCaseTabAsync("guest");
        await staff.WaitForSelectorAsync("[data-testid=survey-unsatisfied]");
    }
}
