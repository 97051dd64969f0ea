using System.Net.Http.Json;
using System.Text;
using GuestLoop.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace GuestLoop.Web.Tests.Features.Customers;

/// <summary>
/// Every operation of the OpenAPI document, called as a clerk and a level-3 agent of the case's property and as level-3
/// staff of another property: no response carries a clear phone, e-mail or document number that the caller's rights mask,
/// nor anything of a property outside the caller's scope. Only the audited reveal shows a level-3 agent a clear value.
/// </summary>
public abstract class PersonalDataWalkTests(GuestLoopApp app, ITestOutputHelper output)
{
    private static readonly string[] Reveals = ["RevealComplainantField", "RevealGuestField"];

    private static readonly string[] CarryTheCase =
    [
        "GetCase", "ListCases", "CaseTriage", "CaseStartInvestigation", "CaseProposePlan", "CaseNotes", "CasePause", "CaseResume",
        "GetGuest", "ListGuests", "ListDuplicates",
    ];

    [SkippableFact]
    public async Task No_operation_answers_a_masked_contact_in_clear_or_another_propertys_data()
    {
        app.Require();
        var marker = Guid.NewGuid().ToString("N")[..8];
        var phone = GuestFlow.NewPhone();
        var email = $"leak.{marker}@example.com";
        var idNumber = "11010119900307" + Random.Shared.Next(1000, 9999);
        var name = $"泄露检查{marker}";
        var title = $"走查{marker}：房间有异味";
        var created = await app.Api().PostJsonAsync("/api/v1/cases", new
        {
            kind = "complaint", channel = "phone", property = "DEMO-HOTEL", title, description = "入住后房间有明显烟味。",
            customer = new { name, phone, email, idNumber },
        });
        var json = await created.JsonAsync();
        var caseId = json["id"]!.GetValue<Guid>();
        var number = json["number"]!.GetValue<string>();
        var guestId = await app.GuestIdAsync(caseId);
        string[] secrets = [phone, email, idNumber];
        string[] hotelData = [name, title, number, caseId.ToString()];

        var operations = (await OpenApiOperations.ReadAsync(app)).OrderBy(o => o.Method == "DELETE").ToList();
        var failures = new List<string>();
        var answered = new Dictionary<string, int>();
        var succeeded = new HashSet<string>();
        foreach (var user in new[] { "clerk", "agent", "ranger" })
        {
            var client = app.Api(user);
            foreach (var op in operations)
            {
                if (user == "agent" && Reveals.Contains(op.Id))
                {
                    continue;
                }

                var path = Fill(op, caseId, guestId);
                using var request = new HttpRequestMessage(new HttpMethod(op.Method), path);
                if (op.BodySchema is not null && op.Method is "POST" or "PUT" or "PATCH")
                {
                    request.Content = JsonContent.Create(OpenApiOperations.Sample(op.BodySchema));
                }

                using var response = await client.SendAsync(request);
                var body = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
                var key = $"{user} {(int)response.StatusCode / 100}xx";
                answered[key] = answered.GetValueOrDefault(key) + 1;
                if (response.IsSuccessStatusCode && user != "ranger")
                {
                    succeeded.Add(op.Id);
                }

                foreach (var secret in secrets.Where(s => body.Contains(s, StringComparison.OrdinalIgnoreCase)))
                {
                    failures.Add($"{user}: {op} → {(int)response.StatusCode} carries the clear value {secret}");
                }

                if (user == "ranger")
                {
                    failures.AddRange(hotelData.Where(d => body.Contains(d, StringComparison.Ordinal))
                        .Select(d => $"ranger: {op} → {(int)response.StatusCode} carries DEMO-HOTEL's {d}"));
                }
            }
        }

        output.WriteLine($"{operations.Count} operations; " + string.Join(", ", answered.OrderBy(a => a.Key).Select(a => $"{a.Key}: {a.Value}")));
        Assert.True(operations.Count > 100, $"Only {operations.Count} operations in the OpenAPI document.");
        // The walk proves something only if the operations that answer with the case and its guest did answer.
        Assert.Empty(CarryTheCase.Except(succeeded));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Path parameters from the case and its guest; anything else gets a value of the right shape.</summary>
    private static string Fill(OpenApiOperation op, Guid caseId, Guid guestId)
    {
        var path = op.Path;
        foreach (var parameter in op.PathParameters)
        {
            var value = parameter switch
            {
                "id" when op.Path.StartsWith("/api/v1/guests/", StringComparison.Ordinal) => guestId.ToString(),
                "id" or "caseId" => caseId.ToString(),
                "guestId" => guestId.ToString(),
                "code" => "cn",
                "year" => "2026",
                _ => Guid.NewGuid().ToString(),
            };
            path = path.Replace("{" + parameter + "}", value, StringComparison.Ordinal);
        }

        return path;
    }
}

public sealed class PersonalDataWalkSqliteTests(SqliteApp app, ITestOutputHelper output) : PersonalDataWalkTests(app, output), IClassFixture<SqliteApp>;

public sealed class PersonalDataWalkPostgresTests(PostgresApp app, ITestOutputHelper output) : PersonalDataWalkTests(app, output), IClassFixture<PostgresApp>;
