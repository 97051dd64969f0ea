using GuestLoop.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GuestLoop.Browser.Tests.Features.Public;

/// <summary>The guest's form on a phone: an unknown property is named, never replaced by another; the praise field only for praise.</summary>
public class FeedbackBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task An_unknown_property_code_is_named_and_the_guest_chooses_a_real_one()
    {
        var guest = await fx.NewPageAsync(390, 844);

        var response = await guest.GotoAsync("/feedback?property=NOPE");

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(guest.Locator("[data-testid=unknown-property]")).ToContainTextAsync("NOPE");
        Assert.Equal(0, await guest.Locator("input[name=title]").CountAsync());
        await guest.ClickAsync("[data-testid=property-choices] a[href='/feedback?property=DEMO-HOTEL']");
        await Assertions.Expect(guest.Locator("select[name=property]")).ToHaveValueAsync("DEMO-HOTEL");
    }

    [SkippableFact]
    public async Task The_praised_staff_field_shows_only_for_a_praise()
    {
        var guest = await fx.NewPageAsync(390, 844);
        await guest.GotoAsync("/feedback?property=DEMO-HOTEL");
        var praised = guest.Locator("input[name=praisedNames]");

        await Assertions.Expect(praised).ToBeHiddenAsync();
        await guest.CheckAsync("input[name=kind][value=praise]");
        await Assertions.Expect(praised).ToBeVisibleAsync();
        await guest.CheckAsync("input[name=kind][value=suggestion]");
        await Assertions.Expect(praised).ToBeHiddenAsync();
    }
}
