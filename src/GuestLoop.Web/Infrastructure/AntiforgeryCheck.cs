using Microsoft.AspNetCore.Antiforgery;

namespace GuestLoop.Web.Infrastructure;

/// <summary>
/// Refuses a POST without this site's antiforgery token (an expired page, or another site's form): 400, nothing done. The
/// framework's middleware only records the outcome, and only endpoints that bind a form act on it; the others ask here,
/// in their handler or with <see cref="RequireAntiforgery{TBuilder}"/>.
/// </summary>
public static class AntiforgeryCheck
{
    /// <summary>The refusal to answer, or null when the token is valid.</summary>
    public static async Task<IResult?> RefusedAsync(HttpContext http, IAntiforgery antiforgery) =>
        await antiforgery.IsRequestValidAsync(http)
            ? null
            : Results.Problem("The form has expired; reload the page and send it again.", statusCode: 400, title: "Form expired");

    public static TBuilder RequireAntiforgery<TBuilder>(this TBuilder endpoint) where TBuilder : IEndpointConventionBuilder =>
        endpoint.AddEndpointFilter(async (context, next) =>
            await RefusedAsync(context.HttpContext, context.HttpContext.RequestServices.GetRequiredService<IAntiforgery>())
            ?? await next(context));
}
