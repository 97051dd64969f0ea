using GuestLoop.Domain;
using GuestLoop.Domain.Cases;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Cases;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuestLoop.Web.Features.Library;

public static class LibraryApi
{
    public static RouteGroupBuilder MapLibraryApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/library").WithTags("Library");
        group.MapGet("/", Search).WithName("SearchLibrary").WithSummary("Teaching cases by category and text");
        group.MapGet("/draft/{caseId:guid}", async (Guid caseId, HttpContext http, CaseLibrary library, CancellationToken ct) =>
            TypedResults.Ok(await library.DraftAsync(http.User.ToScope(), caseId, ct)))
            .WithName("DraftTeachingCase").WithSummary("A closed case as a prefilled teaching case, guest data stripped");
        group.MapPost("/", async (TeachingCaseBody body, HttpContext http, CaseLibrary library, CancellationToken ct) =>
            {
                var json = await library.CreateAsync(http.User.ToScope(), body, ct);
                return TypedResults.Created($"/api/v1/library/{json.Id}", json);
            })
            .WithName("CreateTeachingCase").ProducesValidationProblem();
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<TeachingCaseJson>>, ValidationProblem>> Search(string? category, string? q, CaseLibrary library,
        CancellationToken ct)
    {
        var errors = new FieldErrors();
        var parsed = category is null ? null : CreateCaseRequest.ParseEnum<Category>("category", category, errors);
        return errors.Any ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(await library.SearchAsync(parsed, q, ct));
    }
}
