using System.Net;
using System.Net.Http.Json;
using GuestLoop.Domain.Sla;
using GuestLoop.Web.Data;
using GuestLoop.Web.Tests.Features.Surveys;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Customers;

/// <summary>Guest profiles from cases, masking and reveal, consent, erasure, merge and undo, repeats and retention, on each database.</summary>
public abstract class GuestPrivacyTests(GuestLoopApp app)
{
    [SkippableFact]
    public async Task A_new_case_links_to_the_guest_with_the_same_phone_and_otherwise_creates_one()
    {
        app.Require();
        var phone = GuestFlow.NewPhone();
        var first = await app.GuestIdAsync((await app.CaseForAsync(phone))["id"]!.GetValue<Guid>());
        var second = await app.GuestIdAsync((await app.CaseForAsync("+86 " + phone[..3] + "-" + phone[3..7] + "-" + phone[7..]))["id"]!.GetValue<Guid>());
        var other = await app.GuestIdAsync((await app.CaseForAsync(GuestFlow.NewPhone()))["id"]!.GetValue<Guid>());

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
        Assert.Equal(2, (await app.GuestAsync(first))["cases"]!.AsArray().Count);
    }

    [SkippableFact]
    public async Task A_level_3_agent_sees_masked_contacts_and_reveals_one_with_a_reason_that_is_audited()
    {
        app.Require();
        var phone = GuestFlow.NewPhone();
        var caseJson = await app.CaseForAsync(phone, idNumber: "110101199003071234");
        var caseId = caseJson["id"]!.GetValue<Guid>();
        var guestId = await app.GuestIdAsync(caseId);

        var asAgent = await app.GuestAsync(guestId, "agent");
        var asHead = await app.GuestAsync(guestId, "head");
        var caseAsAgent = await (await app.Api("agent").GetAsync($"/api/v1/cases/{caseId}")).JsonAsync();
        var noReason = await app.Api("agent").PostJsonAsync($"/api/v1/guests/{guestId}/reveal", new { field = "phone", reason = " " });
        var revealed = await app.Api("agent").PostJsonAsync($"/api/v1/guests/{guestId}/reveal", new { field = "phone", reason = "回访客人" });
        var byClerk = await app.Api("clerk").PostJsonAsync($"/api/v1/guests/{guestId}/reveal", new { field = "phone", reason = "回访客人" });

        Assert.Equal(phone[..3] + "****" + phone[^4..], asAgent["phone"]!.GetValue<string>());
        Assert.Equal("110***********1234", asAgent["idNumber"]!.GetValue<string>());
        Assert.Equal(phone, asHead["phone"]!.GetValue<string>());
        Assert.Equal(phone[..3] + "****" + phone[^4..], caseAsAgent["customer"]!["phone"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(phone, (await revealed.JsonAsync())["value"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, byClerk.StatusCode);
        Assert.Equal(["guest.reveal", "guest.denied"], await app.GuestAuditAsync("guest", guestId.ToString()));
    }

    [SkippableFact]
    public async Task A_level_3_agent_corrects_the_name_and_email_keeping_the_masked_phone_and_id_number()
    {
        app.Require();
        var phone = GuestFlow.NewPhone();
        var idNumber = "11010119" + phone[3..]; // unique, as the guest is matched by document number too
        var guestId = await app.GuestIdAsync((await app.CaseForAsync(phone, idNumber: idNumber))["id"]!.GetValue<Guid>());
        var masked = await app.GuestAsync(guestId, "agent");

        var refused = await app.Api("agent").PutAsJsonAsync($"/api/v1/guests/{guestId}", new
        {
            name = "李雷", phone = (string?)null, email = "not-an-address", keep = new[] { "phone", "idNumber" },
        });
        var corrected = await app.Api("agent").PutAsJsonAsync($"/api/v1/guests/{guestId}", new
        {
            name = "李雷", phone = masked["phone"]!.GetValue<string>(), email = "lilei@example.com", keep = new[] { "phone", "idNumber", "address" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True(corrected.IsSuccessStatusCode, await corrected.Content.ReadAsStringAsync());
        var asHead = await app.GuestAsync(guestId, "head");
        Assert.Equal(("李雷", phone, idNumber, "lilei@example.com"),
            (asHead["name"]!.GetValue<string>(), asHead["phone"]!.GetValue<string>(), asHead["idNumber"]!.GetValue<string>(), asHead["email"]!.GetValue<string>()));
        Assert.Equal(["guest.correct"], await app.GuestAuditAsync("guest", guestId.ToString()));
    }

    [SkippableFact]
    public async Task A_guest_who_withdrew_survey_consent_gets_no_survey_and_no_offer()
    {
        app.Require();
        var phone = GuestFlow.NewPhone();
        var withdrawnCase = (await app.CaseForAsync(phone))["id"]!.GetValue<Guid>();
        var guestId = await app.GuestIdAsync(withdrawnCase);
        var consenting = (await app.CaseForAsync(GuestFlow.NewPhone()))["id"]!.GetValue<Guid>();

        Assert.Equal(HttpStatusCode.OK, (await app.Api("agent").PostJsonAsync($"/api/v1/guests/{guestId}/consents",
            new { purpose = "surveys", granted = false, source = "电话中客人要求" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Api("agent").PostJsonAsync($"/api/v1/guests/{guestId}/consents",
            new { purpose = "marketing", granted = false })).StatusCode);
        foreach (var id in new[] { withdrawnCase, consenting })
        {
            await app.StepAsync(id, "triage", new { category = "price", severity = "general" });
            await app.StepAsync(id, "start-investigation");
            await app.ReplyFromInvestigationAsync(id);
        }

        var offer = await app.Api("agent").PostJsonAsync($"/api/v1/guests/{guestId}/care", new { kind = "offer", note = "春节房价八折" });
        var greeting = await app.Api("agent").PostJsonAsync($"/api/v1/guests/{guestId}/care", new { kind = "greeting", note = "春节问候" });

        Assert.Empty(await app.SurveysAsync(withdrawnCase));
        Assert.Single(await app.SurveysAsync(consenting));
        Assert.Equal(HttpStatusCode.Conflict, offer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, greeting.StatusCode);
    }

    [SkippableFact]
    public async Task Erasure_removes_the_person_and_keeps_the_case_counts_and_categories()
    {
        app.Require();
        var phone = GuestFlow.NewPhone();
        var caseId = (await app.CaseForAsync(phone, name: "孙丽", idNumber: "310101198805051234"))["id"]!.GetValue<Guid>();
        await app.StepAsync(caseId, "triage", new { category = "price", severity = "general" });
        await app.CaseForAsync(phone, name: "孙丽", kind: "suggestion");
        var guestId = await app.GuestIdAsync(caseId);
        var before = await (await app.Api().GetAsync("/api/v1/cases?pageSize=1")).JsonAsync();

        var byAgent = await app.Api("agent").PostJsonAsync($"/api/v1/guests/{guestId}/erase", new { });
        var erased = await app.Api("head").PostJsonAsync($"/api/v1/guests/{guestId}/erase", new { });

        Assert.Equal(HttpStatusCode.Forbidden, byAgent.StatusCode);
        Assert.Equal(2, (await erased.JsonAsync())["cases"]!.GetValue<int>());
        var after = await (await app.Api().GetAsync("/api/v1/cases?pageSize=1")).JsonAsync();
        Assert.Equal(before["total"]!.GetValue<int>(), after["total"]!.GetValue<int>());
        var stored = await (await app.Api().GetAsync($"/api/v1/cases/{caseId}")).JsonAsync();
        Assert.Equal(("complaint", "price"), (stored["kind"]!.GetValue<string>(), stored["category"]!.GetValue<string>()));
        Assert.Null(stored["customer"]!["name"]);
        Assert.Null(stored["customer"]!["phone"]);
        var guest = await app.GuestAsync(guestId);
        Assert.Equal("已删除", guest["name"]!.GetValue<string>());
        Assert.Null(guest["phone"]);
        Assert.Null(guest["idNumber"]);
        Assert.Equal(2, guest["cases"]!.AsArray().Count);
        Assert.Empty(await app.FindGuestsAsync(phone));
        Assert.Equal(["guest.denied", "guest.erase"], await app.GuestAuditAsync("guest", guestId.ToString()));
    }

    [SkippableFact]
    public async Task Probable_duplicates_are_proposed_merged_with_their_histories_and_the_merge_undone()
    {
        app.Require();
        var phone = GuestFlow.NewPhone();
        var otherPhone = phone[..3] + "0" + phone[4..];
        var caseA = (await app.CaseForAsync(phone, name: "欧阳明"))["id"]!.GetValue<Guid>();
        var caseB = (await app.CaseForAsync(otherPhone, name: "欧阳明", property: "DEMO-SCENIC"))["id"]!.GetValue<Guid>();
        var a = await app.GuestIdAsync(caseA);
        var b = await app.GuestIdAsync(caseB);

        var duplicates = (await (await app.Api("head").GetAsync("/api/v1/guests/duplicates")).JsonAsync()).AsArray();
        Assert.Contains(duplicates, d => new[] { d!["first"]!.GetValue<Guid>(), d["second"]!.GetValue<Guid>() }.Order().SequenceEqual(new[] { a, b }.Order()));

        var greeting = await (await app.Api("head").PostJsonAsync($"/api/v1/guests/{b}/care", new { kind = "greeting", note = "中秋问候" })).JsonAsync();
        var merge = await (await app.Api("head").PostJsonAsync($"/api/v1/guests/{a}/merge", new { mergedId = b })).JsonAsync();
        var outcome = await app.Api("head").PostJsonAsync($"/api/v1/guests/{a}/care/{greeting["id"]!.GetValue<Guid>()}/outcome", new { outcome = "delivered" });
        Assert.True(outcome.StatusCode == HttpStatusCode.OK, await outcome.Content.ReadAsStringAsync());
        var merged = await app.GuestAsync(a);
        Assert.Equal(new[] { caseA, caseB }.Order(), merged["cases"]!.AsArray().Select(c => c!["id"]!.GetValue<Guid>()).Order());
        Assert.Equal(HttpStatusCode.NotFound, (await app.Api("head").GetAsync($"/api/v1/guests/{b}")).StatusCode);
        Assert.Equal(a, await app.GuestIdAsync(caseB));

        var undo = await app.Api("head").PostJsonAsync($"/api/v1/guests/merges/{merge["id"]!.GetValue<Guid>()}/undo", new { });
        Assert.Equal(HttpStatusCode.OK, undo.StatusCode);
        Assert.Equal([caseA], (await app.GuestAsync(a))["cases"]!.AsArray().Select(c => c!["id"]!.GetValue<Guid>()));
        Assert.Equal([caseB], (await app.GuestAsync(b))["cases"]!.AsArray().Select(c => c!["id"]!.GetValue<Guid>()));
        Assert.Equal(b, await app.GuestIdAsync(caseB));
        Assert.Equal(["guest.merge", "guest.care.outcome", "guest.unmerge"], await app.GuestAuditAsync("guest", a.ToString()));
    }

    [SkippableFact]
    public async Task A_repeat_complainant_is_flagged_and_the_office_told_once()
    {
        app.Require();
        var phone = GuestFlow.NewPhone();
        var ids = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            ids.Add((await app.CaseForAsync(phone))["id"]!.GetValue<Guid>());
        }

        var guest = await app.GuestAsync(await app.GuestIdAsync(ids[0]));
        var head = await app.StaffIdAsync("head");
        var clerk = await app.StaffIdAsync("clerk");
        using var scope = app.Services.CreateScope();
        var notices = await scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>().Notifications.AsNoTracking()
            .Where(n => n.Event == EscalationEvent.RepeatComplainant && ids.Contains(n.CaseId)).ToListAsync();

        Assert.NotNull(guest["repeatFlaggedAt"]);
        Assert.Equal(ids[2], Assert.Single(notices, n => n.RecipientId == head).CaseId);
        Assert.All(notices, n => Assert.Equal(ids[2], n.CaseId));
        Assert.DoesNotContain(notices, n => n.RecipientId == clerk);
    }

    [SkippableFact]
    public async Task Stays_are_imported_from_a_csv_export_and_matched_to_their_guest_after_a_dry_run()
    {
        app.Require();
        var phone = GuestFlow.NewPhone();
        var guestId = await app.GuestIdAsync((await app.CaseForAsync(phone))["id"]!.GetValue<Guid>());
        var newcomer = GuestFlow.NewPhone();
        var csv = "property,kind,from,to,reference,amount,name,phone\n"
            + $"DEMO-HOTEL,stay,2026-10-01,2026-10-03,PMS-77,980.00,刘洋,{phone}\n"
            + $"DEMO-SCENIC,visit,2026-10-05,,TKT-9,,王五,{newcomer}\n"
            + "NOWHERE,stay,2026-10-01,,X,,某人,13900000000\n";
        async Task<System.Text.Json.Nodes.JsonNode> ImportAsync(bool dryRun)
        {
            var response = await app.Api("agent").PostAsync($"/api/v1/guests/visits/import?fileName=pms.csv&dryRun={dryRun}",
                new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)));
            Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            return await response.JsonAsync();
        }

        var dry = await ImportAsync(dryRun: true);
        Assert.Equal((2, 1), (dry["imported"]!.GetValue<int>(), dry["errors"]!.AsArray().Count));
        Assert.Empty((await app.GuestAsync(guestId))["visits"]!.AsArray());
        Assert.Empty(await app.FindGuestsAsync(newcomer, "head"));

        var done = await ImportAsync(dryRun: false);
        Assert.Equal((2, 1), (done["imported"]!.GetValue<int>(), done["guestsCreated"]!.GetValue<int>()));
        Assert.Equal(["PMS-77"], (await app.GuestAsync(guestId))["visits"]!.AsArray().Select(v => v!["reference"]!.GetValue<string>()));
        Assert.Equal("王五", Assert.Single(await app.FindGuestsAsync(newcomer, "head"))!["name"]!.GetValue<string>());
        Assert.Single(await app.FindGuestsAsync(newcomer, "ranger"));
        Assert.Empty(await app.FindGuestsAsync(phone, "ranger"));
    }

    [SkippableFact]
    public async Task The_retention_job_removes_old_stays_and_reports_what_it_removed()
    {
        app.Require();
        var guestId = await app.GuestIdAsync((await app.CaseForAsync(GuestFlow.NewPhone()))["id"]!.GetValue<Guid>());
        Assert.Equal(HttpStatusCode.OK, (await app.Api().PutAsJsonAsync("/api/v1/guests/settings", new { visitDays = 365 })).StatusCode);
        var old = await app.Api("agent").PostJsonAsync($"/api/v1/guests/{guestId}/visits",
            new { property = "DEMO-HOTEL", kind = "stay", from = "2020-01-01", to = "2020-01-03", reference = "PMS-1" });
        var recent = await app.Api("agent").PostJsonAsync($"/api/v1/guests/{guestId}/visits",
            new { property = "DEMO-HOTEL", kind = "stay", from = DateTime.UtcNow.ToString("yyyy-MM-dd"), reference = "PMS-2" });
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (old.StatusCode, recent.StatusCode));

        var byAgent = await app.Api("agent").PostJsonAsync("/api/v1/guests/retention-runs", new { });
        var run = await (await app.Api().PostJsonAsync("/api/v1/guests/retention-runs", new { })).JsonAsync();
        var runs = (await (await app.Api().GetAsync("/api/v1/guests/retention-runs")).JsonAsync()).AsArray();

        Assert.Equal(HttpStatusCode.Forbidden, byAgent.StatusCode);
        Assert.True(run["visitsRemoved"]!.GetValue<int>() >= 1);
        Assert.Contains(runs, r => r!["id"]!.GetValue<Guid>() == run["id"]!.GetValue<Guid>());
        Assert.Equal(["PMS-2"], (await app.GuestAsync(guestId))["visits"]!.AsArray().Select(v => v!["reference"]!.GetValue<string>()));
    }

    [SkippableFact]
    public async Task The_retention_job_removes_contacts_from_cases_closed_past_their_period_and_keeps_the_rest()
    {
        app.Require();
        await SetRetentionAsync();
        var (oldPhone, recentPhone, openPhone) = (GuestFlow.NewPhone(), GuestFlow.NewPhone(), GuestFlow.NewPhone());
        var old = await ClosedInquiryAsync(oldPhone, "郑伟");
        var recent = await ClosedInquiryAsync(recentPhone, "郑伟");
        var open = (await app.CaseForAsync(openPhone, name: "郑伟", kind: "inquiry"))["id"]!.GetValue<Guid>();
        await ShiftAsync(db => db.Cases.Where(c => c.Id == old || c.Id == open)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ClosedAt, DateTimeOffset.UtcNow.AddDays(-1100))));

        var run = await (await app.Api().PostJsonAsync("/api/v1/guests/retention-runs", new { })).JsonAsync();

        Assert.True(run["caseContactsRemoved"]!.GetValue<int>() >= 1);
        var oldCase = await app.CaseAsync(old);
        Assert.Equal("郑伟", oldCase["customer"]!["name"]!.GetValue<string>());
        Assert.Null(oldCase["customer"]!["phone"]);
        Assert.Equal(recentPhone, (await app.CaseAsync(recent))["customer"]!["phone"]!.GetValue<string>());
        Assert.Equal(openPhone, (await app.CaseAsync(open))["customer"]!["phone"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task The_retention_job_erases_guests_not_seen_past_their_period_and_keeps_their_cases()
    {
        app.Require();
        await SetRetentionAsync();
        var (gonePhone, activePhone) = (GuestFlow.NewPhone(), GuestFlow.NewPhone());
        var goneCase = (await app.CaseForAsync(gonePhone, name: "冯雪"))["id"]!.GetValue<Guid>();
        var gone = await app.GuestIdAsync(goneCase);
        var active = await app.GuestIdAsync((await app.CaseForAsync(activePhone, name: "冯雪"))["id"]!.GetValue<Guid>());
        await ShiftAsync(db => db.Guests.Where(g => g.Id == gone)
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.LastActivityAt, DateTimeOffset.UtcNow.AddDays(-1830))));

        var run = await (await app.Api().PostJsonAsync("/api/v1/guests/retention-runs", new { })).JsonAsync();

        Assert.True(run["guestsErased"]!.GetValue<int>() >= 1);
        var erased = await app.GuestAsync(gone);
        Assert.Equal("已删除", erased["name"]!.GetValue<string>());
        Assert.Null(erased["phone"]);
        Assert.Equal([goneCase], erased["cases"]!.AsArray().Select(c => c!["id"]!.GetValue<Guid>()));
        var kept = await app.CaseAsync(goneCase);
        Assert.Equal("complaint", kept["kind"]!.GetValue<string>());
        Assert.Null(kept["customer"]!["phone"]);
        Assert.Empty(await app.FindGuestsAsync(gonePhone));
        Assert.Equal(activePhone, (await app.GuestAsync(active))["phone"]!.GetValue<string>());
    }

    private async Task SetRetentionAsync()
    {
        var response = await app.Api().PutAsJsonAsync("/api/v1/guests/settings", new { closedCaseContactDays = 1095, inactiveGuestDays = 1825 });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<Guid> ClosedInquiryAsync(string phone, string name)
    {
        var id = (await app.CaseForAsync(phone, name: name, kind: "inquiry"))["id"]!.GetValue<Guid>();
        await app.StepAsync(id, "reply", new { text = "早餐时间为6:30至10:00。" });
        await app.StepAsync(id, "close", new { summary = "已答复" });
        return id;
    }

    /// <summary>Changes stored dates directly, standing in for the passing of years.</summary>
    private async Task ShiftAsync(Func<GuestLoopDbContext, Task<int>> change)
    {
        using var scope = app.Services.CreateScope();
        Assert.True(await change(scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>()) > 0);
    }
}

public sealed class GuestPrivacySqliteTests(SqliteApp app) : GuestPrivacyTests(app), IClassFixture<SqliteApp>;

public sealed class GuestPrivacyPostgresTests(PostgresApp app) : GuestPrivacyTests(app), IClassFixture<PostgresApp>;
