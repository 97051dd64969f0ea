using System.Net;
using System.Text.Json.Nodes;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Search;

/// <summary>Full-text search through <c>GET /api/v1/cases?q=</c>: Chinese words, English words, ranking and scope.</summary>
public abstract class CaseSearchTests(GuestLoopApp app)
{
    private async Task<Guid> CreateAsync(string title, string description, string property = "DEMO-HOTEL", string guest = "张伟")
    {
        var response = await app.Api().PostJsonAsync("/api/v1/cases", new
        {
            kind = "complaint", channel = "phone", property, title, description, customer = new { name = guest, phone = "13800138000" },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync())["id"]!.GetValue<Guid>();
    }

    private static async Task<List<Guid>> SearchAsync(HttpClient client, string q)
    {
        var response = await client.GetAsync($"/api/v1/cases?pageSize=200&q={Uri.EscapeDataString(q)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.JsonAsync();
        var ids = json["items"]!.AsArray().Select(c => c!["id"]!.GetValue<Guid>()).ToList();
        Assert.Equal(ids.Count, json["total"]!.GetValue<int>());
        return ids;
    }

    [SkippableFact]
    public async Task Two_character_chinese_words_match_inside_longer_text()
    {
        app.Require();
        var id = await CreateAsync("游船码头投诉", "导游在游船码头强制购物，要求退款，下船时电梯也停了。");

        foreach (var word in new[] { "电梯", "退款", "导游", "游船码头", "强制购物" })
        {
            Assert.Contains(id, await SearchAsync(app.Api(), word));
        }

        Assert.DoesNotContain(id, await SearchAsync(app.Api(), "退货"));
        Assert.DoesNotContain(id, await SearchAsync(app.Api(), "码头 早餐"));
    }

    [SkippableFact]
    public async Task Mixed_chinese_and_english_match_in_any_case()
    {
        app.Require();
        var id = await CreateAsync("大堂WiFi信号差", "Lobby WiFi keeps dropping, 会议无法进行。");

        Assert.Contains(id, await SearchAsync(app.Api(), "wifi 信号"));
        Assert.Contains(id, await SearchAsync(app.Api(), "LOBBY 会议"));
        Assert.Contains(id, await SearchAsync(app.Api(), "ＷｉＦｉ"));
        Assert.DoesNotContain(id, await SearchAsync(app.Api(), "wifi bluetooth"));
    }

    [SkippableFact]
    public async Task The_guest_name_and_replies_are_searched()
    {
        app.Require();
        var id = await CreateAsync("枕头太硬", "希望更换枕头。", guest: "欧阳娜娜");
        Assert.Contains(id, await SearchAsync(app.Api(), "欧阳"));
        Assert.DoesNotContain(id, await SearchAsync(app.Api(), "荞麦枕"));

        var reply = await app.Api("agent").PostJsonAsync($"/api/v1/cases/{id}/interim-reply",
            new { text = "已为您预留荞麦枕，今晚送到房间。", expectedBy = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);

        Assert.Contains(id, await SearchAsync(app.Api(), "荞麦枕"));
    }

    [SkippableFact]
    public async Task Best_matches_come_first()
    {
        app.Require();
        var inDescription = await CreateAsync("房间设施问题", "卫生间的孔雀图案瓷砖有裂缝。");
        var inTitle = await CreateAsync("孔雀园门票退款", "孔雀园当天闭园，门票应全额退还，孔雀表演取消。");
        var unrelated = await CreateAsync("早餐品种少", "早餐的品种太少。");

        var found = await SearchAsync(app.Api(), "孔雀");

        Assert.Equal([inTitle, inDescription], found);
        Assert.DoesNotContain(unrelated, found);
    }

    [SkippableFact]
    public async Task The_bounded_candidate_set_keeps_the_best_match_first_and_the_count_exact()
    {
        app.Require();
        var inTitle = await CreateAsync("鹦鹉表演取消", "当天的表演临时取消，没有通知。");
        var inBody = await CreateAsync("房间太吵", "窗外的鹦鹉一直叫，无法休息。");
        var inBodyScenic = await CreateAsync("餐具破损", "餐厅里鹦鹉图案的餐具有缺口。", property: "DEMO-SCENIC");

        // The administrator sees everything (candidates in index order); the agent sees two properties, and a property
        // filter narrows further (candidates from the newest cases in scope). The ranking is the same on every path.
        foreach (var (client, query, expected) in new[]
        {
            (app.Api(), "", new[] { inTitle, inBody, inBodyScenic }),
            (app.Api("agent"), "", new[] { inTitle, inBody, inBodyScenic }),
            (app.Api(), "&property=DEMO-HOTEL", new[] { inTitle, inBody }),
        })
        {
            var page = await (await client.GetAsync($"/api/v1/cases?pageSize=10&q={Uri.EscapeDataString("鹦鹉")}{query}")).JsonAsync();
            var ids = page["items"]!.AsArray().Select(c => c!["id"]!.GetValue<Guid>()).ToList();
            Assert.Equal(inTitle, ids[0]);
            Assert.Equal(expected.Order(), ids.Order());
            Assert.Equal(expected.Length, page["total"]!.GetValue<int>());
            Assert.False(page["totalIsLowerBound"]!.GetValue<bool>());

            var second = await (await client.GetAsync($"/api/v1/cases?pageSize=1&page=2&q={Uri.EscapeDataString("鹦鹉")}{query}")).JsonAsync();
            Assert.Equal(ids[1], second["items"]!.AsArray().Single()!["id"]!.GetValue<Guid>());
        }
    }

    [SkippableFact]
    public async Task Results_stay_inside_the_callers_properties()
    {
        app.Require();
        var hotel = await CreateAsync("骆驼玩偶遗失", "在酒店大堂遗失骆驼玩偶。");
        var scenic = await CreateAsync("骆驼骑行排队太久", "景区骆驼骑行排队两小时。", property: "DEMO-SCENIC");

        Assert.Equal([scenic], await SearchAsync(app.Api("ranger"), "骆驼"));
        var both = await SearchAsync(app.Api("agent"), "骆驼");
        Assert.Equal(2, both.Count);
        Assert.Contains(hotel, both);
    }

    [SkippableFact]
    public async Task The_case_number_is_found()
    {
        app.Require();
        var id = await CreateAsync("叫醒服务未执行", "约好早上六点叫醒，没有电话。");
        var number = (await (await app.Api().GetAsync($"/api/v1/cases/{id}")).JsonAsync())["number"]!.GetValue<string>();

        Assert.Equal([id], await SearchAsync(app.Api(), number));
    }
}

public sealed class CaseSearchSqliteTests(SqliteApp app) : CaseSearchTests(app), IClassFixture<SqliteApp>;

public sealed class CaseSearchPostgresTests(PostgresApp app) : CaseSearchTests(app), IClassFixture<PostgresApp>;
