using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GuestLoop.Web.Data;
using GuestLoop.Web.Tests.Features.Surveys;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Reservations;

/// <summary>
/// A confirmed reservation is confirmed to the guest by e-mail with its number, stay, rate and terms; a request is not
/// until it is confirmed; a guest who refused service messages gets none; a PMS's import sends none (the PMS confirmed it).
/// At check-out the stay joins the guest's profile and the after-check-out survey goes out.
/// </summary>
[Collection(FrontOfficeCollection.Name)]
public sealed class ReservationConfirmationTests(FrontOfficeSqliteApp app)
{
    [SkippableFact]
    public async Task The_guest_gets_the_confirmation_once_confirmed_unless_they_refused_or_it_came_from_the_pms()
    {
        app.Require();
        var type = "C" + Guid.NewGuid().ToString("N")[..6];
        await Ok(app.Api("head").PostJsonAsync("/api/v1/rooms/types", new
        {
            property = "DEMO-HOTEL", code = type, name = "确认房型", bedType = "king", maxGuests = 2, accessible = false, smoking = false, checklist = Array.Empty<string>(),
        }));
        await Ok(app.Api("head").PostJsonAsync("/api/v1/rooms", new { property = "DEMO-HOTEL", number = "C" + type, floor = 6, typeCode = type, status = "inspected" }));
        var plan = "P" + Guid.NewGuid().ToString("N")[..6];
        await Ok(app.Api("head").PutAsJsonAsync("/api/v1/reservations/rate-plans", new
        {
            property = "DEMO-HOTEL", code = plan, name = "门市价", freeUntilHours = 48, lateChargeNights = 1, depositNights = 1,
            prices = new Dictionary<string, decimal> { [type] = 420m },
        }));
        var arrival = DateOnly.FromDateTime(app.Clock!.GetUtcNow().UtcDateTime).AddDays(200);
        // One room: each booking on nights of its own.
        object Booking(int week, string name, string mail, bool confirm = true, Guid? guestId = null) => new
        {
            property = "DEMO-HOTEL", roomType = type, ratePlan = plan, arrival = arrival.AddDays(7 * week), departure = arrival.AddDays(7 * week + 2), adults = 1,
            guestName = name, email = mail, confirm, guestId,
        };
        List<GuestLoop.Web.Features.Notifications.EmailMessage> To(string mail) => [.. app.Emails!.Sent.Where(m => m.To == mail)];

        var tag = Guid.NewGuid().ToString("N")[..6];
        var booked = await Ok(app.Api("clerk").PostJsonAsync("/api/v1/reservations", Booking(0, "林悦", $"lin-{tag}@example.com")));
        var mail = Assert.Single(To($"lin-{tag}@example.com"));
        Assert.Contains(booked["number"]!.GetValue<string>(), mail.Subject);
        Assert.Contains(arrival.ToString("yyyy-MM-dd"), mail.Body);
        Assert.Contains("¥420", mail.Body);
        Assert.Contains("48", mail.Body);

        var requested = await Ok(app.Api("clerk").PostJsonAsync("/api/v1/reservations", Booking(1, "何平", $"he-{tag}@example.com", confirm: false)));
        Assert.Empty(To($"he-{tag}@example.com"));
        await Ok(app.Api("clerk").PostJsonAsync($"/api/v1/reservations/{requested["id"]}/confirm", new { }));
        Assert.Single(To($"he-{tag}@example.com"));

        var guest = await DbAsync(db => db.Guests.Where(g => g.ErasedAt == null).Select(g => g.Id).FirstAsync());
        await Ok(app.Api("manager").PostJsonAsync($"/api/v1/guests/{guest}/consents", new { purpose = "service", granted = false, source = "电话告知" }));
        await Ok(app.Api("clerk").PostJsonAsync("/api/v1/reservations", Booking(2, "拒收客人", $"no-{tag}@example.com", guestId: guest)));
        Assert.Empty(To($"no-{tag}@example.com"));

        var csv = $"reference,roomType,ratePlan,arrival,departure,name,email\r\nPMS-{tag},{type},{plan},{arrival.AddDays(21):yyyy-MM-dd},{arrival.AddDays(22):yyyy-MM-dd},吴敏,pms-{tag}@example.com\r\n";
        var imported = await Ok(app.Api("clerk").PostAsync("/api/v1/reservations/import?property=DEMO-HOTEL&fileName=a.csv",
            new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv))));
        Assert.Equal(1, imported["created"]!.GetValue<int>());
        Assert.Empty(To($"pms-{tag}@example.com"));
    }

    [SkippableFact]
    public async Task Check_out_adds_the_stay_to_the_guests_profile_and_sends_the_after_check_out_survey()
    {
        app.Require();
        await app.PostStayTemplateAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var email = $"stay-{tag}@example.com";
        var guestId = await app.HotelGuestAsync(consents: true, email: email);
        var type = "S" + tag;
        await Ok(app.Api("head").PostJsonAsync("/api/v1/rooms/types", new
        {
            property = "DEMO-HOTEL", code = type, name = "离店房型", bedType = "king", maxGuests = 2, accessible = false, smoking = false, checklist = Array.Empty<string>(),
        }));
        var number = "S" + tag;
        await Ok(app.Api("head").PostJsonAsync("/api/v1/rooms", new { property = "DEMO-HOTEL", number, floor = 7, typeCode = type, status = "inspected" }));
        var plan = "P" + tag;
        await Ok(app.Api("head").PutAsJsonAsync("/api/v1/reservations/rate-plans", new
        {
            property = "DEMO-HOTEL", code = plan, name = "门市价", prices = new Dictionary<string, decimal> { [type] = 380m },
        }));
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(app.Clock!.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
        var booked = await Ok(app.Api("clerk").PostJsonAsync("/api/v1/reservations", new
        {
            property = "DEMO-HOTEL", roomType = type, ratePlan = plan, arrival = today, departure = today.AddDays(1), adults = 1, guestName = "离店客人", email,
            guestId,
        }));
        var id = booked["id"]!.GetValue<Guid>();
        await Ok(app.Api("clerk").PostJsonAsync($"/api/v1/reservations/{id}/check-in", new
        {
            roomNumber = number, documentType = "residentIdentityCard", documentNumber = "11010119900307002X", keyCards = 1, overrideReason = "客人指定",
        }));

        app.Clock.Advance(TimeSpan.FromDays(1));
        await Ok(app.Api("clerk").PostJsonAsync($"/api/v1/reservations/{id}/check-out", new { }));

        var profile = await Ok(app.Api("manager").GetAsync($"/api/v1/guests/{guestId}"));
        var stay = Assert.Single(profile["visits"]!.AsArray(), v => v!["reference"]?.GetValue<string>() == booked["number"]!.GetValue<string>())!;
        Assert.Equal(380m, stay["amount"]!.GetValue<decimal>());
        Assert.Contains(app.Emails!.Sent, m => m.To == email && m.Subject.Contains("离店满意度调查"));
    }

    private async Task<T> DbAsync<T>(Func<GuestLoopDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>());
    }

    private static async Task<JsonNode> Ok(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }
}
