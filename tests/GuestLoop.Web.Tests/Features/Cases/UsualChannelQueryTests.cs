using System.Net;
using GuestLoop.Domain.Cases;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Features.Organisation;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Cases;

/// <summary>The new-case form starts on the channel the staff member records cases on most, read from the cases they recorded.</summary>
public abstract class UsualChannelQueryTests(GuestLoopApp app)
{
    private async Task<Channel> UsualChannelOfAsync(string userName)
    {
        var access = await app.ScopeOfAsync(userName);
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UsualChannelQuery>().ForAsync(access, CancellationToken.None);
    }

    private async Task RecordAsync(string userName, string channel, int times)
    {
        for (var i = 0; i < times; i++)
        {
            var response = await app.Api(onBehalfOf: userName).PostJsonAsync("/api/v1/cases", new
            {
                kind = "complaint", channel, property = "DEMO-TRAVEL", title = "集合时间临时变更", description = "导游临时把集合时间提前了一小时，没有通知到全部团员。",
            });
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    [SkippableFact]
    public async Task A_staff_member_who_recorded_mostly_phone_cases_starts_on_the_phone_until_the_desk_overtakes_it()
    {
        app.Require();
        Assert.Equal(Channel.Onsite, await UsualChannelOfAsync("guide.liu"));

        await RecordAsync("guide.liu", "onsite", 1);
        await RecordAsync("guide.liu", "phone", 2);
        await RecordAsync("guide.chen", "onsite", 3);
        Assert.Equal(Channel.Phone, await UsualChannelOfAsync("guide.liu"));

        await RecordAsync("guide.liu", "onsite", 1);
        Assert.Equal(Channel.Onsite, await UsualChannelOfAsync("guide.liu"));
    }

    [SkippableFact]
    public async Task Without_cases_of_their_own_the_owner_of_a_phone_line_starts_on_the_phone()
    {
        app.Require();
        Assert.Equal(Channel.Onsite, await UsualChannelOfAsync("manager"));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
            var travel = await db.Properties.SingleAsync(p => p.Code == "DEMO-TRAVEL");
            db.ChannelOwners.Add(new ChannelOwner { PropertyId = travel.Id, Channel = Channel.Phone, StaffId = await app.StaffIdAsync("manager"), UpdatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        Assert.Equal(Channel.Phone, await UsualChannelOfAsync("manager"));
    }
}

[Collection(SharedSqliteApp.Name)]
public sealed class UsualChannelQuerySqliteTests(SqliteApp app) : UsualChannelQueryTests(app);

[Collection(SharedPostgresApp.Name)]
public sealed class UsualChannelQueryPostgresTests(PostgresApp app) : UsualChannelQueryTests(app);
