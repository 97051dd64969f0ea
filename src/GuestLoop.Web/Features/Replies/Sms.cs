using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace GuestLoop.Web.Features.Replies;

/// <summary>The <c>GuestLoop:Sms</c> settings: <c>Gateway</c> <c>log</c> (default: record only) or <c>http</c> (POST to <c>Url</c>).</summary>
public sealed class SmsOptions
{
    public const string Section = "GuestLoop:Sms";

    public string Gateway { get; set; } = "log";
    public string? Url { get; set; }
    public string? ApiKey { get; set; }
    public string? Sender { get; set; }
}

/// <summary>Sends a text message to a phone number; every message is also kept in the outbox (<see cref="SmsOutbox"/>).</summary>
public interface ISmsGateway
{
    string Name { get; }

    Task SendAsync(string phone, string text, CancellationToken ct);
}

/// <summary>Sends nothing: the outbox row is the record of what would have gone out, for staff to pass on by hand.</summary>
public sealed class LogOnlySmsGateway : ISmsGateway
{
    public string Name => "log";

    public Task SendAsync(string phone, string text, CancellationToken ct) => Task.CompletedTask;
}

/// <summary>
/// A provider's HTTP API: <c>POST {Url}</c> with <c>{"to", "text", "sender"}</c> and <c>Authorization: Bearer {ApiKey}</c>;
/// any 2xx answer is taken as accepted.
/// </summary>
public sealed class HttpSmsGateway(HttpClient http, IOptions<SmsOptions> options) : ISmsGateway
{
    public string Name => "http";

    public async Task SendAsync(string phone, string text, CancellationToken ct)
    {
        var o = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, o.Url ?? throw new InvalidOperationException("GuestLoop:Sms:Url is not set."))
        {
            Content = JsonContent.Create(new { to = phone, text, sender = o.Sender }),
        };
        if (!string.IsNullOrEmpty(o.ApiKey))
        {
            request.Headers.Authorization = new("Bearer", o.ApiKey);
        }

        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
    }
}
