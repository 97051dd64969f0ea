using Microsoft.AspNetCore.Antiforgery;

namespace GuestLoop.Web.Infrastructure;

/// <summary>
/// Refuses a POST without this site's antiforgery token. The framework's middleware only records the outcome, and only
/// endpoints that bind a form act on it; an endpoint that binds nothing (a download, a sign-out) asks for this check.
/// </summary>
public static class AntiforgeryCheck
{
    public static TBuilder RequireAntiforgery<TBuilder>(this TBuilder endpoint) where TBuilder : IEndpointConventionBuilder =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (!await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
            {
                return TypedResults.Problem("The form's antiforgery token is missing or invalid: start again from the page.",
                    statusCode: StatusCodes.Status400BadRequest, title: "Form token refused");
            }

            return await next(context);
        });
}
