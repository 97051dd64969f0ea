using System.Net;
using GuestLoop.Domain.WorkOrders;
using GuestLoop.Web.Data;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.WorkOrders;

/// <summary>The guest's request page behind a room's QR code: the property's types, a work order from the guest, its progress.</summary>
public sealed class GuestRequestPageTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private async Task<HttpResponseMessage> SendAsync(HttpClient guest, Dictionary<string, string> fields)
    {
        var token = FormPages.AntiforgeryToken(await guest.GetStringAsync("/request?property=DEMO-HOTEL&location=1516"));
        fields["__RequestVerificationToken"] = token;
        return await guest.PostAsync("/request", new FormUrlEncodedContent(fields));
    }

    [SkippableFact]
    public async Task A_guest_asks_for_towels_from_the_room_and_follows_the_order_without_seeing_staff_names()
    {
        app.Require();
        var guest = app.Browser();
        var page = await guest.GetStringAsync("/request?property=DEMO-HOTEL&location=1516");
        Assert.Contains("加送毛巾", page);
        Assert.Contains("value=\"1516\"", page);
        Assert.DoesNotContain("游客求助", page);

        var sent = await SendAsync(guest, new() { ["property"] = "DEMO-HOTEL", ["type"] = "towels", ["location"] = "1516", ["description"] = "两条浴巾" });

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var link = sent.Headers.Location!.ToString();
        var id = Guid.Parse(link.Split('/', '?')[2]);
        await using var scope = app.Services.CreateAsyncScope();
        var order = await scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>().WorkOrders.AsNoTracking().SingleAsync(o => o.Id == id);
        Assert.Equal((WorkOrderChannel.GuestPage, "1516", "towels"), (order.Channel, order.Location, order.Type.Code));
        var status = await guest.GetStringAsync(link);
        Assert.Contains(order.Number, status);
        Assert.Contains("data-testid=\"request-received\"", status);
        if (order.AssigneeId is { } assignee)
        {
            var name = await scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>().Staff.Where(s => s.Id == assignee).Select(s => s.DisplayName).SingleAsync();
            Assert.DoesNotContain(name, status);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await guest.GetAsync($"/request/{Guid.NewGuid()}")).StatusCode);
    }

    [SkippableFact]
    public async Task A_request_without_a_place_or_with_another_propertys_type_is_refused_and_saves_nothing()
    {
        app.Require();
        var guest = app.Browser();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var before = await db.WorkOrders.CountAsync();

        var noPlace = await SendAsync(guest, new() { ["property"] = "DEMO-HOTEL", ["type"] = "towels", ["location"] = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noPlace.StatusCode);
        Assert.Contains("data-field=\"location\"", await noPlace.Content.ReadAsStringAsync());
        var otherType = await SendAsync(guest, new() { ["property"] = "DEMO-HOTEL", ["type"] = "help-point", ["location"] = "1516" });
        Assert.Equal(HttpStatusCode.BadRequest, otherType.StatusCode);
        var noToken = await guest.PostAsync("/request", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["property"] = "DEMO-HOTEL", ["type"] = "towels", ["location"] = "1516",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await guest.GetAsync("/request?property=NOPE&location=1")).StatusCode);

        Assert.Equal(before, await db.WorkOrders.CountAsync());
    }
    private async Task<HttpResponseMessage> SendWithPhotoAsync(HttpClient guest, string location, byte[] photo, string name)
    {
        var token = FormPages.AntiforgeryToken(await guest.GetStringAsync($"/request?property=DEMO-HOTEL&location={location}"));
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" }, { new StringContent("DEMO-HOTEL"), "property" },
            { new StringContent("electrical"), "type" }, { new StringContent(location), "location" }, { new StringContent("台灯不亮"), "description" },
            { new ByteArrayContent(photo), "photo", name },
        };
        return await guest.PostAsync("/request", form);
    }

    [SkippableFact]
    public async Task A_guests_photo_comes_with_the_order_and_a_file_that_is_not_a_picture_saves_nothing()
    {
        app.Require();
        var guest = app.Browser();
        var png = new byte[300];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52 }.CopyTo(png, 0);
        var location = "P" + Random.Shared.Next(1000, 9999);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();

        var pdf = await SendWithPhotoAsync(guest, location, "%PDF-1.4\n%%EOF"u8.ToArray(), "lamp.pdf");
        Assert.Equal(HttpStatusCode.BadRequest, pdf.StatusCode);
        Assert.Contains("data-field=\"photo\"", await pdf.Content.ReadAsStringAsync());
        Assert.False(await db.WorkOrders.AnyAsync(o => o.Location == location));

        var sent = await SendWithPhotoAsync(guest, location, png, "台灯.png");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var order = await db.WorkOrders.AsNoTracking().SingleAsync(o => o.Location == location);
        var photo = Assert.Single(order.Photos);
        Assert.Equal((PhotoKind.Report, "image/png", 300L, "guest"), (photo.Kind, photo.ContentType, photo.Size, photo.AddedBy));
    }
}
