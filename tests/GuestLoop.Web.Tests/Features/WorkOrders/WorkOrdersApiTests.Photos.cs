using System.Net;
using GuestLoop.Web.Tests.Features.Customers;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.WorkOrders;

/// <summary>Photos of an order and of a found item; an order turned into a complaint case; a guest's consent.</summary>
public abstract partial class WorkOrdersApiTests
{
    private static byte[] Png(int size = 200)
    {
        var bytes = new byte[size];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52 }.CopyTo(bytes, 0);
        bytes[^1] = (byte)Random.Shared.Next(256);
        return bytes;
    }

    private static readonly byte[] Pdf = "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray();

    private static MultipartFormDataContent Upload(byte[] bytes, string name, string? kind = null)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", name } };
        if (kind is not null)
        {
            form.Add(new StringContent(kind), "kind");
        }

        return form;
    }

    private int StoredFiles() => Directory.Exists(Path.Combine(app.DataPath, "evidence"))
        ? Directory.GetFiles(Path.Combine(app.DataPath, "evidence"), "*", SearchOption.AllDirectories).Length
        : 0;

    [SkippableFact]
    public async Task Photos_are_kept_by_content_the_before_and_after_are_the_assignees_and_only_the_propertys_staff_see_them()
    {
        app.Require();
        var (type, skill) = await TypeAsync();
        var attendant = await StaffAsync(skill);
        var order = await OpenAsync(type);
        var url = $"/api/v1/work-orders/{order["id"]}";
        var desk = app.Api("clerk");
        var png = Png();

        var reported = await Ok(desk.PostAsync($"{url}/photos", Upload(png, "水壶.png")));
        var photo = reported["photos"]!.AsArray().Single()!;
        Assert.Equal(("report", "水壶.png", "image/png"), (photo["kind"]!.GetValue<string>(), photo["fileName"]!.GetValue<string>(),
            photo["contentType"]!.GetValue<string>()));
        var got = await desk.GetAsync(photo["url"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, got.StatusCode);
        Assert.Equal(png, await got.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/png", got.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Api("ranger").GetAsync(photo["url"]!.GetValue<string>())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Api("ranger").PostAsync($"{url}/photos", Upload(Png(), "x.png"))).StatusCode);

        var files = StoredFiles();
        Assert.Equal(HttpStatusCode.BadRequest, (await desk.PostAsync($"{url}/photos", Upload(Pdf, "发票.pdf"))).StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await desk.PostAsync($"{url}/photos", Upload(Pdf, "伪装.png"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await desk.PostAsync($"{url}/photos", Upload(Png(), "a.png", "sideways"))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await desk.PostAsync($"{url}/photos", Upload(Png(), "before.png", "before"))).StatusCode);
        Assert.Equal(files, StoredFiles());

        var worker = app.Api(attendant.UserName);
        await Ok(worker.PostJsonAsync($"{url}/accept", new { }));
        await Ok(worker.PostAsync($"{url}/photos", Upload(Png(), "before.jpg.png", "before")));
        await Ok(worker.PostJsonAsync($"{url}/start", new { }));
        await Ok(worker.PostJsonAsync($"{url}/complete", new { note = "更换加热底座" }));
        var done = await Ok(worker.PostAsync($"{url}/photos", Upload(Png(), "after.png", "after")));
        Assert.Equal(["report", "before", "after"], done["photos"]!.AsArray().Select(p => p!["kind"]!.GetValue<string>()));
        Assert.Equal(3, done["timeline"]!.AsArray().Count(e => e!["step"]!.GetValue<string>() == "photo"));
        Assert.Equal(files + 2, StoredFiles());
    }

    [SkippableFact]
    public async Task A_found_item_keeps_photos_for_its_owner_to_recognise()
    {
        app.Require();
        var desk = app.Api("clerk");
        var item = await Ok(desk.PostJsonAsync("/api/v1/lost-items", new
        {
            property = "DEMO-HOTEL", description = "银色手表 " + Guid.NewGuid().ToString("N")[..6], foundAt = "健身房", storedAt = "保险柜",
        }));
        var withPhoto = await Ok(desk.PostAsync($"/api/v1/lost-items/{item["id"]}/photos", Upload(Png(), "手表.png")));
        var url = withPhoto["photos"]!.AsArray().Single()!["url"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await desk.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Api("ranger").GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await desk.PostAsync($"/api/v1/lost-items/{item["id"]}/photos", Upload(Pdf, "a.pdf"))).StatusCode);
    }

    [SkippableFact]
    public async Task An_order_becomes_a_complaint_case_linked_both_ways_once()
    {
        app.Require();
        var (type, _) = await TypeAsync();
        var order = await OpenAsync(type, location: "1506");
        var url = $"/api/v1/work-orders/{order["id"]}";
        var phone = GuestFlow.NewPhone();

        Assert.Equal(HttpStatusCode.NotFound, (await app.Api("ranger").PostJsonAsync($"{url}/case", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.Api("clerk").PostJsonAsync($"{url}/case", new { phone = "12" })).StatusCode);
        var raised = await app.Api("clerk").PostJsonAsync($"{url}/case", new { description = "空调报修三次仍未修好，客人要求换房并投诉", name = "赵先生", phone });
        Assert.Equal(HttpStatusCode.Created, raised.StatusCode);
        var linked = await raised.JsonAsync();
        var caseId = linked["caseId"]!.GetValue<Guid>();
        Assert.Equal($"/api/v1/cases/{caseId}", raised.Headers.Location!.OriginalString);
        Assert.Equal("case", linked["timeline"]!.AsArray().Last()!["step"]!.GetValue<string>());

        var @case = await Ok(app.Api("clerk").GetAsync($"/api/v1/cases/{caseId}"));
        Assert.Equal(("complaint", "1506"), (@case["kind"]!.GetValue<string>(), @case["place"]!.GetValue<string>()));
        Assert.NotEqual(Guid.Empty, await app.GuestIdAsync(caseId));
        var listed = (await Ok(app.Api("clerk").GetAsync($"/api/v1/work-orders?caseId={caseId}"))).AsArray();
        Assert.Equal(order["id"]!.GetValue<Guid>(), listed.Single()!["id"]!.GetValue<Guid>());

        var again = await app.Api("clerk").PostJsonAsync($"{url}/case", new { });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var cases = (await Ok(app.Api("clerk").GetAsync("/api/v1/cases?q=1506&kind=complaint")))["items"]!.AsArray();
        Assert.Single(cases, c => c!["id"]!.GetValue<Guid>() == caseId);
    }

    [SkippableFact]
    public async Task A_guest_who_withdrew_consent_to_service_use_is_not_tied_to_an_order()
    {
        app.Require();
        var (type, _) = await TypeAsync();
        var guestId = await app.GuestIdAsync((await app.CaseForAsync(GuestFlow.NewPhone()))["id"]!.GetValue<Guid>());
        Assert.Equal(HttpStatusCode.OK, (await app.Api("agent").PostJsonAsync($"/api/v1/guests/{guestId}/consents",
            new { purpose = "service", granted = false, source = "客人在前台要求" })).StatusCode);
        var location = "consent-" + Guid.NewGuid().ToString("N")[..6];

        var refused = await app.Api("clerk").PostJsonAsync("/api/v1/work-orders", new { property = "DEMO-HOTEL", type, location, guestId });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("guestId", (await refused.JsonAsync())["errors"]!.AsObject().Select(e => e.Key));
        Assert.DoesNotContain((await Ok(app.Api("clerk").GetAsync("/api/v1/work-orders"))).AsArray(),
            o => o!["location"]!.GetValue<string>() == location);
        await Ok(app.Api("clerk").PostJsonAsync("/api/v1/work-orders", new { property = "DEMO-HOTEL", type, location }));
    }
}
