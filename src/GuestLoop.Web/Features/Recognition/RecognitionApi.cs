using GuestLoop.Domain;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Cases;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Recognition;

/// <summary>Praise passed on to the staff it names (表扬传达), and the recognition feed (表扬墙).</summary>
public static class RecognitionApi
{
    public static RouteGroupBuilder MapRecognitionApi(this RouteGroupBuilder api)
    {
        api.MapPost("/cases/{id:guid}/recognise", async Task<Ok<CaseJson>> (Guid id,
                [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] RecogniseBody? body, HttpContext http, PraiseRecognition work,
                CaseReader reader, CancellationToken ct) =>
            {
                var c = await work.RecogniseAsync(id, http.User.ToScope(), body?.Note, ct);
                return TypedResults.Ok(await reader.ToJsonAsync(c, http.User.ToScope(), withHistory: true, ct));
            })
            .WithTags("Recognition").WithName("RecognisePraise")
            .WithSummary("Pass a praise on to the staff it names: each is notified once and it joins the recognition feed")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/recognition", async Task<Results<Ok<IReadOnlyList<RecognitionJson>>, ValidationProblem>> (string? property, int? take,
                HttpContext http, GuestLoopDbContext db, PraiseRecognition work, CancellationToken ct) =>
            {
                if (take is < 1 or > 200)
                {
                    return TypedResults.ValidationProblem(FieldErrors.For("take", "Between 1 and 200."));
                }

                var scope = http.User.ToScope();
                Guid? propertyId = null;
                if (!string.IsNullOrWhiteSpace(property))
                {
                    propertyId = await db.Properties.AsNoTracking().Where(p => p.Code == property).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);
                    if (propertyId is not { } p || !scope.CanSee(p))
                    {
                        throw new CaseNotFoundException();
                    }
                }

                return TypedResults.Ok(await work.FeedAsync(scope, propertyId, take ?? 50, ct));
            })
            .WithTags("Recognition").WithName("RecognitionFeed")
            .WithSummary("Recognised praise of the properties the caller may see, newest first")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }
}
