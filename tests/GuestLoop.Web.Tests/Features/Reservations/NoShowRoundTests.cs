using System.Net.Http.Json;
using GuestLoop.Web.Features.Reservations;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GuestLoop.Web.Tests.Features.Reservations;

/// <summary>The front office's app whose clock a test moves on (the night audit) and whose e-mails are recorded (confirmations).</summary>
public sealed class FrontOfficeSqliteApp : SqliteApp
{
    public FrontOfficeSqliteApp()
    {
        Clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        Emails = new RecordingEmailSender();
    }
}

/// <summary>The classes that share one <see cref="FrontOfficeSqliteApp"/>, one after the other (one moves its clock).</summary>
[CollectionDefinition(Name)]
public sealed class FrontOfficeCollection : ICollectionFixture<FrontOfficeSqliteApp>
{
    public const string Name = "Front office with a clock and recorded e-mail";
}

/// <summary>
/// The night audit's round: a guest who never came becomes a no-show only once the arrival day is over where the hotel is,
/// with the charge they booked on and their nights freed; a guest who came to the desk is left alone; a second round
/// marks nothing again.
/// </summary>
[Collection(FrontOfficeCollection.Name)]
public sealed class NoShowRoundTests(FrontOfficeSqliteApp app)
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [SkippableFact]
    public async Task A_guest_who_never_came_is_marked_no_show_after_the_arrival_day_with_the_agreed_charge_once()
    {
        app.Require();
        var head = app.Api("head");
        var type = "N" + Guid.NewGuid().ToString("N")[..6];
        await Ok(head.PostJsonAsync("/api/v1/rooms/types", new
        {
            property = "DEMO-HOTEL", code = type, name = "夜审房型", bedType = "king", maxGuests = 2, accessible = false, smoking = false, checklist = Array.Empty<string>(),
        }));
        foreach (var number in new[] { "N1" + type, "N2" + type })
        {
            await Ok(head.PostJsonAsync("/api/v1/rooms", new { property = "DEMO-HOTEL", number, floor = 5, typeCode = type, status = "inspected" }));
        }

        var plan = "P" + Guid.NewGuid().ToString("N")[..6];
        await Ok(head.PutAsJsonAsync("/api/v1/reservations/rate-plans", new
        {
            property = "DEMO-HOTEL", code = plan, name = "门市价", noShowChargeNights = 1, prices = new Dictionary<string, decimal> { [type] = 400m },
        }));
        var arrival = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(app.Clock!.GetUtcNow(), Shanghai).DateTime).AddDays(1);
        async Task<Guid> BookAsync(string guest) => (await Ok(app.Api("clerk").PostJsonAsync("/api/v1/reservations", new
        {
            property = "DEMO-HOTEL", roomType = type, ratePlan = plan, arrival, departure = arrival.AddDays(2), adults = 1, guestName = guest, phone = "13911112222",
        })))["id"]!.GetValue<Guid>();
        var absent = await BookAsync("未到客人");
        var came = await BookAsync("到店客人");
        var audit = app.Services.GetRequiredService<NoShowJob>();

        // The arrival day: the demo's guests due yesterday who never came are marked; ours are not due yet.
        app.Clock.Advance(TimeSpan.FromDays(1));
        await Ok(app.Api("clerk").PostJsonAsync($"/api/v1/reservations/{came}/arrived", new { }));
        await audit.RunOnceAsync(CancellationToken.None);
        Assert.Equal("confirmed", (await Ok(app.Api("manager").GetAsync($"/api/v1/reservations/{absent}")))["status"]!.GetValue<string>());

        // The day after: the guest who never came is a no-show, once.
        app.Clock.Advance(TimeSpan.FromDays(1));
        Assert.True(await audit.RunOnceAsync(CancellationToken.None) >= 1);
        Assert.Equal(0, await audit.RunOnceAsync(CancellationToken.None));

        var marked = await Ok(app.Api("manager").GetAsync($"/api/v1/reservations/{absent}"));
        Assert.Equal(("noShow", 400m), (marked["status"]!.GetValue<string>(), marked["cancellationCharge"]!.GetValue<decimal>()));
        Assert.Contains(marked["history"]!.AsArray(), h => h!["what"]!.GetValue<string>() == "no-show" && h["by"]!.GetValue<string>() == "night audit");
        Assert.Equal("confirmed", (await Ok(app.Api("manager").GetAsync($"/api/v1/reservations/{came}")))["status"]!.GetValue<string>());
        var free = await Ok(app.Api("clerk").GetAsync($"/api/v1/reservations/availability?property=DEMO-HOTEL&from={arrival:yyyy-MM-dd}&to={arrival.AddDays(2):yyyy-MM-dd}"));
        Assert.Equal([1, 1], free["roomTypes"]!.AsArray().Single(t => t!["code"]!.GetValue<string>() == type)!["nights"]!.AsArray()
            .Select(n => n!["booked"]!.GetValue<int>()));
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> Ok(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }
}
