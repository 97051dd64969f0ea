using System.Net.Http.Json;
using System.Text.Json;
using GuestLoop.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GuestLoop.Browser.Tests.Features.Workspace;

/// <summary>
/// The new-case form at the desk and on the phone: the caller is found by the number typed and picked to fill the form,
/// only among the guests of the staff member's properties; the channel starts on the one the person records on most.
/// </summary>
[Collection(SharedBrowser.Name)]
public class NewCaseCallerBrowserTests(BrowserFixture fx)
{
    /// <summary>张伟, the demo hotel's guest whose check-in queue complaint came in by phone.</summary>
    private const string HotelGuestPhone = "13900000000";

    [SkippableFact]
    public async Task Typing_a_known_guest_s_number_offers_the_guest_and_picking_fills_the_name()
    {
        var clerk = await fx.NewPageAsync();
        await clerk.SignInAsync("clerk", "/cases/new");

        await clerk.Field("new-phone").PressSequentiallyAsync(HotelGuestPhone[..5], new() { Delay = 40 });
        await Assertions.Expect(clerk.Locator("[data-testid=caller-hint]")).ToBeVisibleAsync();
        await clerk.Field("new-phone").PressSequentiallyAsync(HotelGuestPhone[5..], new() { Delay = 40 });

        var caller = clerk.Locator("[data-testid=caller]");
        await Assertions.Expect(caller).ToHaveCountAsync(1);
        await Assertions.Expect(caller.Locator("[data-testid=caller-name]")).ToHaveTextAsync("张伟");
        await Assertions.Expect(caller).ToContainTextAsync("139****0000");
        await Assertions.Expect(caller.Locator("[data-testid=caller-last-case]")).ToContainTextAsync("入住办理排队近四十分钟");
        await caller.Locator("[data-testid=caller-pick]").ClickAsync();

        await Assertions.Expect(clerk.Field("new-name")).ToHaveValueAsync("张伟");
        await Assertions.Expect(clerk.Field("new-phone")).ToHaveValueAsync(HotelGuestPhone);
        await Assertions.Expect(caller).ToHaveCountAsync(0);
    }

    [SkippableFact]
    public async Task A_staff_member_of_another_property_is_not_offered_the_guest()
    {
        var ranger = await fx.NewPageAsync();
        await ranger.SignInAsync("ranger", "/cases/new");

        await ranger.Field("new-phone").PressSequentiallyAsync(HotelGuestPhone, new() { Delay = 40 });

        await Assertions.Expect(ranger.Locator("[data-testid=caller-none]")).ToBeVisibleAsync();
        await Assertions.Expect(ranger.Locator("[data-testid=caller]")).ToHaveCountAsync(0);
        Assert.DoesNotContain("张伟", await ranger.InnerTextAsync("body"));
    }

    [SkippableFact]
    public async Task A_guide_who_records_mostly_phone_cases_finds_the_form_on_the_phone_channel()
    {
        foreach (var channel in new[] { "phone", "onsite", "phone" })
        {
            var response = await fx.Api(onBehalfOf: "guide.chen").PostAsJsonAsync("/api/v1/cases", new
            {
                kind = "complaint", channel, property = "DEMO-TRAVEL", title = "行程中增加购物点", description = "导游在行程外增加了两个购物点，每个停留一小时。",
            }, JsonSerializerOptions.Web);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }

        var guide = await fx.NewPageAsync();
        await guide.SignInAsync("guide.chen", "/cases/new");

        await Assertions.Expect(guide.Locator("[data-testid=new-channel]").First).ToHaveTextAsync("电话/热线");
    }
}
