using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Cases;

/// <summary>An acknowledged case is never lost: 201, then kill -9, then restart, and it is there.</summary>
public class DurabilityTests
{
    [Fact]
    public async Task A_case_acknowledged_with_201_survives_kill_9_and_restart()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "guestloop-kill", Guid.NewGuid().ToString("N"));
        const string key = "durability-key-3b7f";
        var settings = new Dictionary<string, string> { ["GuestLoop__Bootstrap__ApiKey"] = key };
        Guid id;
        string number;
        using (var first = new AppProcess(dataPath, settings))
        {
            await first.StartAsync();
            using var http = new HttpClient { BaseAddress = new Uri(first.BaseUrl) };
            http.DefaultRequestHeaders.Add("X-Api-Key", key);
            var response = await http.PostAsJsonAsync("/api/v1/cases", JsonBodies.Complaint("断电后仍在"), JsonSerializerOptions.Web);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var json = await response.JsonAsync();
            id = json["id"]!.GetValue<Guid>();
            number = json["number"]!.GetValue<string>();

            first.Kill();
        }

        using var second = new AppProcess(dataPath, settings);
        await second.StartAsync();
        using var again = new HttpClient { BaseAddress = new Uri(second.BaseUrl) };
        again.DefaultRequestHeaders.Add("X-Api-Key", key);
        var found = await again.GetAsync($"/api/v1/cases/{id}");

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Equal(number, (await found.JsonAsync())["number"]!.GetValue<string>());
        second.Kill();
        Directory.Delete(dataPath, recursive: true);
    }
}
