using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Cases;

namespace GuestLoop.Web.Features.Compensation;

/// <summary>The ledger CSV for a signed-in member of staff (the /api/v1 route takes API keys only).</summary>
public static class LedgerDownload
{
    public const string Path = "/compensation/ledger.csv";

    public static void MapLedgerDownload(this IEndpointRouteBuilder app) =>
        app.MapGet(Path, async Task<IResult> (Guid? property, DateOnly from, DateOnly to, HttpContext http, CompensationLedger ledger, CancellationToken ct) =>
        {
            var scope = http.User.ToScope();
            if (!CompensationLedger.MayRead(scope))
            {
                return TypedResults.Forbid();
            }

            try
            {
                var report = await ledger.ReadAsync(scope, property, from, to, ct);
                return TypedResults.File(LedgerCsv.Write(report), "text/csv; charset=utf-8", LedgerCsv.FileName(report));
            }
            catch (CaseNotFoundException)
            {
                return TypedResults.NotFound();
            }
        }).RequireAuthorization().ExcludeFromDescription();

    public static string Url(Guid? property, DateOnly from, DateOnly to) =>
        $"{Path}?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}" + (property is { } p ? $"&property={p}" : "");
}
