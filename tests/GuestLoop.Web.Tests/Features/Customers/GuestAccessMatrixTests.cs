using System.Net;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Customers;

/// <summary>
/// Role × property × operation on a guest and their case: what is allowed succeeds (and the sensitive ones are audited),
/// the rest is 403 (role) or 404 (another property) and leaves an audit entry; no query path shows another property's guests.
/// </summary>
public abstract class GuestAccessMatrixTests(GuestLoopApp app)
{
    private static readonly string[] Users = ["admin", "head", "agent", "ranger", "clerk"];
    private static readonly string[] Properties = ["DEMO-HOTEL", "DEMO-SCENIC"];
    private static readonly string[] Operations = ["readCase", "readGuest", "reveal", "export", "erase"];

    public static TheoryData<string, string, string> Matrix()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var user in Users)
        {
            foreach (var property in Properties)
            {
                foreach (var operation in Operations)
                {
                    data.Add(user, property, operation);
                }
            }
        }

        return data;
    }

    /// <summary>The rule under test, written out: ranger sees only the scenic area; clerks never reveal; only levels 1–2 export and erase.</summary>
    private static HttpStatusCode Expected(string user, string property, string operation)
    {
        if (user == "ranger" && property == "DEMO-HOTEL")
        {
            return HttpStatusCode.NotFound;
        }

        return operation switch
        {
            "reveal" when user == "clerk" => HttpStatusCode.Forbidden,
            "export" or "erase" when user is "agent" or "ranger" or "clerk" => HttpStatusCode.Forbidden,
            _ => HttpStatusCode.OK,
        };
    }

    [SkippableTheory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_on_each_property_gets_exactly_what_the_privacy_rules_allow(string user, string property, string operation)
    {
        app.Require();
        var caseId = (await app.CaseForAsync(GuestFlow.NewPhone(), property: property, idNumber: "1101011990" + Random.Shared.Next(10_000_000, 99_999_999)))["id"]!
            .GetValue<Guid>();
        var guestId = await app.GuestIdAsync(caseId);
        var client = app.Api(user);

        var response = operation switch
        {
            "readCase" => await client.GetAsync($"/api/v1/cases/{caseId}"),
            "readGuest" => await client.GetAsync($"/api/v1/guests/{guestId}"),
            "reveal" => await client.PostJsonAsync($"/api/v1/guests/{guestId}/reveal", new { field = "idNumber", reason = "核对身份" }),
            "export" => await client.GetAsync($"/api/v1/guests/{guestId}/export?format=json"),
            _ => await client.PostJsonAsync($"/api/v1/guests/{guestId}/erase", new { }),
        };

        var expected = Expected(user, property, operation);
        Assert.True(expected == response.StatusCode, $"{user} {operation} at {property}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var audit = operation == "readCase"
            ? await app.GuestAuditAsync("case", caseId.ToString())
            : await app.GuestAuditAsync("guest", guestId.ToString());
        if (expected != HttpStatusCode.OK)
        {
            Assert.Equal([operation == "readCase" ? "case.denied" : "guest.denied"], audit);
        }
        else if (operation is "reveal" or "export" or "erase")
        {
            Assert.Equal(["guest." + operation], audit);
        }
        else
        {
            Assert.Empty(audit);
        }
    }

    [SkippableFact]
    public async Task No_query_path_returns_a_guest_of_another_property()
    {
        app.Require();
        var phone = GuestFlow.NewPhone();
        var name = "隔离测试" + Random.Shared.Next(1000, 9999);
        var caseId = (await app.CaseForAsync(phone, name: name, property: "DEMO-HOTEL"))["id"]!.GetValue<Guid>();
        var guestId = await app.GuestIdAsync(caseId);
        var ranger = app.Api("ranger");

        var list = await (await ranger.GetAsync("/api/v1/guests?pageSize=200")).JsonAsync();
        var byName = await app.FindGuestsAsync(name, "ranger");
        var byPhone = await app.FindGuestsAsync(phone, "ranger");
        var duplicates = await (await ranger.GetAsync("/api/v1/guests/duplicates")).Content.ReadAsStringAsync();
        var cases = await (await ranger.GetAsync($"/api/v1/cases?q={phone}")).JsonAsync();
        var statuses = new[]
        {
            (await ranger.GetAsync($"/api/v1/guests/{guestId}")).StatusCode,
            (await ranger.GetAsync($"/api/v1/guests/{guestId}/export?format=xlsx")).StatusCode,
            (await ranger.PostJsonAsync($"/api/v1/guests/{guestId}/consents", new { purpose = "marketing", granted = true })).StatusCode,
            (await ranger.PostJsonAsync($"/api/v1/cases/{caseId}/complainant/reveal", new { field = "phone", reason = "x" })).StatusCode,
        };

        Assert.DoesNotContain(list["items"]!.AsArray(), g => g!["id"]!.GetValue<Guid>() == guestId);
        Assert.Empty(byName);
        Assert.Empty(byPhone);
        Assert.DoesNotContain(guestId.ToString(), duplicates);
        Assert.Empty(cases["items"]!.AsArray());
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.NotFound, s));
        Assert.Single(await app.FindGuestsAsync(phone, "head"));
        Assert.Single(await app.FindGuestsAsync(name, "agent"));
    }
}

public sealed class GuestAccessMatrixSqliteTests(SqliteApp app) : GuestAccessMatrixTests(app), IClassFixture<SqliteApp>;

public sealed class GuestAccessMatrixPostgresTests(PostgresApp app) : GuestAccessMatrixTests(app), IClassFixture<PostgresApp>;
