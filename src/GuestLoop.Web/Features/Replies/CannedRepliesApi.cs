using GuestLoop.Domain.Cases;
using GuestLoop.Web.Features.Account;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuestLoop.Web.Features.Replies;

/// <summary>/api/v1/canned-replies: replies written once, inserted into a case's reply with its placeholders filled.</summary>
public static class CannedRepliesApi
{
    public static void MapCannedRepliesApi(this IEndpointRouteBuilder app)
    {
        var replies = app.MapGroup("/api/v1/canned-replies").WithTags("Canned replies").RequireAuthorization(AuthSetup.ApiPolicy);
        replies.MapGet("/", async Task<Results<Ok<IReadOnlyList<CannedReplyJson>>, ValidationProblem>> (string? kind, string? category, string? language,
                HttpContext http, CannedReplies work, CancellationToken ct) =>
            {
                var errors = new GuestLoop.Domain.FieldErrors();
                var k = CannedReplies.Named<CaseKind>(kind, "kind", errors);
                var c = CannedReplies.Named<Category>(category, "category", errors);
                if (errors.Any)
                {
                    return TypedResults.ValidationProblem(errors);
                }

                return TypedResults.Ok(await work.ListAsync(http.User.ToScope(), k, c, string.IsNullOrEmpty(language) ? null : language, ct));
            })
            .WithName("ListCannedReplies").WithSummary("The caller's canned replies and the shared ones of their scope; kind, category and language narrow the list");
        replies.MapGet("/{id:guid}", async Task<Ok<CannedReplyJson>> (Guid id, HttpContext http, CannedReplies work, CancellationToken ct) =>
                TypedResults.Ok(await work.GetAsync(id, http.User.ToScope(), ct)))
            .WithName("GetCannedReply").WithSummary("One canned reply").ProducesProblem(StatusCodes.Status404NotFound);
        replies.MapPost("/", async Task<Created<CannedReplyJson>> (CannedReplyBody body, HttpContext http, CannedReplies work, CancellationToken ct) =>
            {
                var reply = await work.CreateAsync(body, http.User.ToScope(), ct);
                return TypedResults.Created($"/api/v1/canned-replies/{reply.Id}", reply);
            })
            .WithName("CreateCannedReply")
            .WithSummary("Write a canned reply, personal or shared; placeholders: {{guest.name}}, {{case.number}}, {{case.title}}, {{case.deadline}}, {{property.name}}, {{staff.name}}")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        replies.MapPut("/{id:guid}", async Task<Ok<CannedReplyJson>> (Guid id, CannedReplyBody body, HttpContext http, CannedReplies work, CancellationToken ct) =>
                TypedResults.Ok(await work.UpdateAsync(id, body, http.User.ToScope(), ct)))
            .WithName("UpdateCannedReply").WithSummary("Change a canned reply: its owner, or a service-quality manager for a shared one")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        replies.MapDelete("/{id:guid}", async Task<NoContent> (Guid id, HttpContext http, CannedReplies work, CancellationToken ct) =>
            {
                await work.DeleteAsync(id, http.User.ToScope(), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteCannedReply").WithSummary("Delete a canned reply: its owner, or a service-quality manager for a shared one")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        var cases = app.MapGroup("/api/v1/cases").WithTags("Canned replies").RequireAuthorization(AuthSetup.ApiPolicy);
        cases.MapGet("/{caseId:guid}/canned-replies", async Task<Ok<IReadOnlyList<CannedReplyJson>>> (Guid caseId, HttpContext http, CannedReplies work,
                CancellationToken ct) => TypedResults.Ok(await work.ForCaseAsync(caseId, http.User.ToScope(), ct)))
            .WithName("CaseCannedReplies").WithSummary("The canned replies offered on a case: its kind, category and property, the guest's language first")
            .ProducesProblem(StatusCodes.Status404NotFound);
        cases.MapGet("/{caseId:guid}/canned-replies/{id:guid}", async Task<Ok<CannedReplyFilledJson>> (Guid caseId, Guid id, HttpContext http,
                CannedReplies work, CancellationToken ct) => TypedResults.Ok(await work.FillAsync(caseId, id, http.User.ToScope(), ct)))
            .WithName("FillCannedReply").WithSummary("A canned reply's text with the case's guest, number, title, reply deadline, property and the caller's name")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
