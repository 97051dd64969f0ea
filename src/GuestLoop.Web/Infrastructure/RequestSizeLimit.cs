using Microsoft.AspNetCore.Http.Features;

namespace GuestLoop.Web.Infrastructure;

/// <summary>
/// JSON bodies of the API are limited to 1 MiB (413 beyond); uploads have their own, configurable limit
/// enforced where the file is read.
/// </summary>
public sealed class RequestSizeLimit(RequestDelegate next)
{
    public const long ApiBodyLimit = 1024 * 1024;

    public async Task InvokeAsync(HttpContext http)
    {
        if (http.Request.Path.StartsWithSegments("/api") && !IsUpload(http.Request))
        {
            if (http.Request.ContentLength > ApiBodyLimit)
            {
                http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await Results.Problem($"The request body is larger than {ApiBodyLimit} bytes.", statusCode: 413, title: "Payload too large")
                    .ExecuteAsync(http);
                return;
            }

            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = ApiBodyLimit;
            }
        }

        await next(http);
    }

    private static bool IsUpload(HttpRequest request) => request.HasFormContentType;
}
