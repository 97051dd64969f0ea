using System.Security.Cryptography;

namespace GuestLoop.Web.Infrastructure;

/// <summary>
/// The headers every response carries: a Content-Security-Policy that Blazor Server and MudBlazor run under (scripts from
/// this origin plus the nonce of the one inline script, the import map; inline styles, which MudBlazor sets on elements;
/// the circuit's WebSocket to this host), no sniffing, no framing, and a referrer cut to the origin. The API reference page
/// at /api/docs gets the looser policy its bundled script needs (inline start-up, eval). A header a page set itself (the tracking page's
/// Referrer-Policy) is kept.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    private const string NonceKey = "GuestLoop.CspNonce";

    /// <summary>The nonce of this response's inline scripts (the import map in App.razor).</summary>
    public static string Nonce(HttpContext http) =>
        http.Items.TryGetValue(NonceKey, out var nonce) && nonce is string s ? s : "";

    public Task InvokeAsync(HttpContext http)
    {
        // Hex digits are base64 characters, and no HTML encoder changes them in the attribute.
        var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        http.Items[NonceKey] = nonce;
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.TryAdd("Content-Security-Policy", PolicyFor(http.Request, nonce));
            headers.TryAdd("X-Content-Type-Options", "nosniff");
            headers.TryAdd("Referrer-Policy", "strict-origin-when-cross-origin");
            headers.TryAdd("X-Frame-Options", "DENY");
            headers.TryAdd("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
            return Task.CompletedTask;
        });
        return next(http);
    }

    public static string PolicyFor(HttpRequest request, string nonce)
    {
        var host = request.Host.Value;
        var common = "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
        if (request.Path.StartsWithSegments("/api/docs"))
        {
            // Scalar starts itself from an inline script and its bundle evaluates code (a browser refuses "script-src eval" without
            // 'unsafe-eval'); everything it loads comes from this server. The page shows the API description only, no data.
            return "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
                + "font-src 'self' data:; img-src 'self' data: blob:; connect-src 'self'; " + common;
        }

        return $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
            + $"font-src 'self' data:; connect-src 'self' ws://{host} wss://{host}; " + common;
    }
}
