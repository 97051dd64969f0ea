using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Customers;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Customers;

/// <summary>
/// The new-case form finds the caller by the whole number they give: only guests of the staff member's properties, contacts
/// masked as their role sees them, every find and pick in the audit log.
/// </summary>
public abstract class CallerLookupTests(GuestLoopApp app)
{
    private async Task<T> AsAsync<T>(string userName, Func<CallerLookup, AccessScope, Task<T>> work)
    {
        var access = await app.ScopeOfAsync(userName);
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<CallerLookup>(), access);
    }

    [SkippableFact]
    public async Task A_whole_number_finds_the_guest_with_their_open_and_last_case_masked_for_the_desk_and_audited()
    {
        app.Require();
        var phone = GuestFlow.NewPhone();
        var created = await app.CaseForAsync(phone, name: "钱多多", email: "qian@example.com");
        var guestId = await app.GuestIdAsync(created["id"]!.GetValue<Guid>());

        var callers = await AsAsync("clerk", (lookup, scope) => lookup.FindAsync($"+86 {phone[..3]} {phone[3..7]} {phone[7..]}", scope, CancellationToken.None));

        var caller = Assert.Single(callers);
        Assert.Equal(guestId, caller.Guest.Id);
        Assert.Equal("钱多多", caller.Guest.Name);
        Assert.Equal(phone[..3] + "****" + phone[^4..], caller.Guest.Phone);
        Assert.DoesNotContain("qian@", caller.Guest.Email);
        Assert.Equal(1, caller.OpenCases);
        Assert.Equal(created["number"]!.GetValue<string>(), caller.LastCase?.Number);
        Assert.Contains("guest.lookup", await app.GuestAuditAsync("guest", guestId.ToString()));
    }

    [SkippableFact]
    public async Task Part_of_a_number_looks_nobody_up()
    {
        app.Require();
        var phone = GuestFlow.NewPhone();
        var guestId = await app.GuestIdAsync((await app.CaseForAsync(phone))["id"]!.GetValue<Guid>());

        Assert.Empty(await AsAsync("head", (lookup, scope) => lookup.FindAsync(phone[..7], scope, CancellationToken.None)));
        Assert.Empty(await AsAsync("head", (lookup, scope) => lookup.FindAsync(phone[..^1], scope, CancellationToken.None)));
        Assert.DoesNotContain("guest.lookup", await app.GuestAuditAsync("guest", guestId.ToString()));
    }

    [SkippableFact]
    public async Task A_guest_of_another_property_is_neither_offered_nor_picked()
    {
        app.Require();
        var phone = GuestFlow.NewPhone();
        var guestId = await app.GuestIdAsync((await app.CaseForAsync(phone, property: "DEMO-HOTEL"))["id"]!.GetValue<Guid>());

        Assert.Empty(await AsAsync("ranger", (lookup, scope) => lookup.FindAsync(phone, scope, CancellationToken.None)));
        await Assert.ThrowsAsync<GuestNotFoundException>(() => AsAsync("ranger", (lookup, scope) => lookup.PickAsync(guestId, phone, scope, CancellationToken.None)));
        Assert.Equal(["guest.denied"], await app.GuestAuditAsync("guest", guestId.ToString()));
    }

    [SkippableFact]
    public async Task Picking_fills_the_name_and_the_email_only_for_a_role_that_sees_it_and_is_audited()
    {
        app.Require();
        var phone = GuestFlow.NewPhone();
        var guestId = await app.GuestIdAsync((await app.CaseForAsync(phone, name: "孙丽", email: "sunli@example.com"))["id"]!.GetValue<Guid>());

        var atTheDesk = await AsAsync("clerk", (lookup, scope) => lookup.PickAsync(guestId, phone, scope, CancellationToken.None));
        var byTheHead = await AsAsync("head", (lookup, scope) => lookup.PickAsync(guestId, phone, scope, CancellationToken.None));

        Assert.Equal(new CallerDetails("孙丽", phone, null), atTheDesk);
        Assert.Equal(new CallerDetails("孙丽", phone, "sunli@example.com"), byTheHead);
        Assert.Equal(["guest.pick", "guest.pick"], await app.GuestAuditAsync("guest", guestId.ToString()));
        await Assert.ThrowsAsync<GuestNotFoundException>(() =>
            AsAsync("head", (lookup, scope) => lookup.PickAsync(guestId, GuestFlow.NewPhone(), scope, CancellationToken.None)));
    }
}

[Collection(SharedSqliteApp.Name)]
public sealed class CallerLookupSqliteTests(SqliteApp app) : CallerLookupTests(app);

[Collection(SharedPostgresApp.Name)]
public sealed class CallerLookupPostgresTests(PostgresApp app) : CallerLookupTests(app);
