using System.Net;
using GuestLoop.Web.Tests.Features.Supervision;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Library;

public abstract class LibraryApiTests(GuestLoopApp app)
{
    [SkippableFact]
    public async Task A_closed_case_becomes_a_teaching_case_without_the_guests_personal_data()
    {
        app.Require();
        var caseId = await ClosedCases.SuggestionAsync(app, "DEMO-HOTEL", "张伟建议增设自助入住机");

        var draft = await (await app.Api("head").GetAsync($"/api/v1/library/draft/{caseId}")).JsonAsync();
        Assert.DoesNotContain("张伟", draft.ToJsonString());
        Assert.DoesNotContain("张先生", draft.ToJsonString());

        var created = await app.Api("head").PostJsonAsync("/api/v1/library", new
        {
            sourceCaseId = caseId, title = draft["title"]!.GetValue<string>(), background = "酒店前台高峰期",
            complaint = draft["complaint"]!.GetValue<string>(), handling = draft["handling"]!.GetValue<string>() + " 联系人张伟 13800138000",
            lessons = "及时采纳宾客建议",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = await created.JsonAsync();
        Assert.DoesNotContain("张伟", json.ToJsonString());
        Assert.DoesNotContain("13800138000", json.ToJsonString());

        var found = (await (await app.Api("clerk").GetAsync("/api/v1/library?category=serviceQuality&q=自助入住")).JsonAsync()).AsArray();
        Assert.Contains(found, t => t!["id"]!.GetValue<Guid>() == json["id"]!.GetValue<Guid>());
        Assert.Empty((await (await app.Api("clerk").GetAsync("/api/v1/library?category=price&q=自助入住")).JsonAsync()).AsArray());
    }
}

public sealed class LibraryApiSqliteTests(SqliteApp app) : LibraryApiTests(app), IClassFixture<SqliteApp>;

public sealed class LibraryApiPostgresTests(PostgresApp app) : LibraryApiTests(app), IClassFixture<PostgresApp>;
