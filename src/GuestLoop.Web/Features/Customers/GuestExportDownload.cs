using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Infrastructure;

namespace GuestLoop.Web.Features.Customers;

/// <summary>
/// The guest's export for a signed-in member of staff (the /api/v1 route takes API keys only): the same rights check and
/// audit entry as the API, as a file to download. A POST with the form's antiforgery token, so no other site can make a
/// signed-in browser fetch a guest's personal data.
/// </summary>
public static class GuestExportDownload
{
    public static void MapGuestExportDownload(this IEndpointRouteBuilder app) =>
        app.MapPost("/guests/{id:guid}/export.{format:regex(^(json|xlsx)$)}", async Task<IResult> (Guid id, string format, HttpContext http, GuestRights rights,
            CancellationToken ct) =>
        {
            var export = await rights.ExportAsync(id, http.User.ToScope(), format, ct);
            if (format == "xlsx")
            {
                return CustomersApi.WorkbookFile(export, id);
            }

            // The API's JSON settings (enums as names), sent as a file.
            http.Response.Headers.ContentDisposition = $"attachment; filename=guest-{id:N}.json";
            return TypedResults.Ok(export);
        }).RequireAuthorization().RequireAntiforgery().ExcludeFromDescription();

    public static string Url(Guid id, string format) => $"/guests/{id}/export.{format}";
}
