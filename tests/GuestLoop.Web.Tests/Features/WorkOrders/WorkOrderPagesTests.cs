using System.Net;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.WorkOrders;

/// <summary>The task list and the work-order board render (prerendered) with the demo's orders, each list for whom it is.</summary>
public abstract class WorkOrderPagesTests(GuestLoopApp app)
{
    [SkippableTheory]
    [InlineData("tech", "/tasks", "等阀芯配件，仓库送来约20分钟")]
    [InlineData("ranger", "/tasks", "栈道 3 号段")]
    [InlineData("clerk", "/work-orders", "行李服务")]
    public async Task The_page_renders_with_the_demo_orders(string userName, string path, string text)
    {
        app.Require();
        var browser = await app.SignedInAsync(userName);

        var response = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(text, await response.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task The_task_list_holds_only_ones_own_open_orders()
    {
        app.Require();
        var html = await (await (await app.SignedInAsync("tech")).GetAsync("/tasks")).Content.ReadAsStringAsync();

        Assert.Contains("卫生间水龙头漏水", html);
        Assert.DoesNotContain("护栏松动", html);
        Assert.DoesNotContain("客人外出，请求打扫", html);
        Assert.DoesNotContain("电水壶不加热", html);
    }
}

public sealed class WorkOrderPagesSqliteTests(SqliteApp app) : WorkOrderPagesTests(app), IClassFixture<SqliteApp>;

public sealed class WorkOrderPagesPostgresTests(PostgresApp app) : WorkOrderPagesTests(app), IClassFixture<PostgresApp>;
