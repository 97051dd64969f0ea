using GuestLoop.Domain.WorkOrders;
using GuestLoop.Web.Data;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.WorkOrders;

/// <summary>The demo's week of work: orders on each of the last seven days at both properties, on time and late, and a repeated request.</summary>
public sealed class DemoWorkOrdersTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [SkippableFact]
    public async Task The_demo_has_a_week_of_orders_at_both_properties_some_late_and_one_room_asking_again_and_again()
    {
        app.Require();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var since = DateTimeOffset.UtcNow.AddDays(-8);
        var orders = await db.WorkOrders.AsNoTracking().Where(o => o.CreatedAt >= since).ToListAsync();
        var hotel = await db.Properties.SingleAsync(p => p.Code == "DEMO-HOTEL");
        var scenic = await db.Properties.SingleAsync(p => p.Code == "DEMO-SCENIC");

        foreach (var property in new[] { hotel, scenic })
        {
            var days = orders.Where(o => o.PropertyId == property.Id).Select(o => property.LocalDate(o.CreatedAt)).Distinct().Count();
            Assert.True(days >= 7, $"{property.Code}: orders on {days} days");
        }

        var closed = orders.Where(o => o.IsClosed && o.State == WorkOrderState.Verified).ToList();
        Assert.True(closed.Count >= 70, $"{closed.Count} orders done");
        Assert.Contains(closed, o => o.AcceptedAt > o.ResponseDueAt);
        Assert.Contains(closed, o => o.AcceptedAt <= o.ResponseDueAt && o.CompletedAt <= o.CompletionDueAt);
        Assert.Contains(orders, o => o.State == WorkOrderState.Cancelled);
        Assert.True(orders.Count(o => o.Location == "1208" && o.Type.Code == "electrical") >= 3);
    }
}
