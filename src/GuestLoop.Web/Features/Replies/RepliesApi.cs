using GuestLoop.Web.Features.Account;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuestLoop.Web.Features.Replies;

public sealed record SendReplyRequest(string? Way);

/// <summary>The reply letter as PDF, and sending it to the guest.</summary>
public static class RepliesApi
{
    public static void MapRepliesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/cases").WithTags("Cases").RequireAuthorization(AuthSetup.ApiPolicy);
        api.MapGet("/{id:guid}/reply.pdf", Pdf).WithName("CaseReplyPdf").WithSummary("The latest reply as the letter the guest receives (PDF)");
        api.MapPost("/{id:guid}/replies/send", Send).WithName("CaseSendReply")
            .WithSummary("Send the latest reply to the guest: way 'email' (PDF attached) or 'sms' (short text with the tracking link)");
        app.MapGet("/cases/{id:guid}/reply.pdf", Pdf).RequireAuthorization().ExcludeFromDescription();
    }

    private static async Task<FileContentHttpResult> Pdf(Guid id, HttpContext http, SendReply replies, CancellationToken ct)
    {
        var (pdf, name) = await replies.PdfAsync(id, http.User.ToScope(), ct);
        return TypedResults.File(pdf, "application/pdf", name);
    }

    private static async Task<Results<Ok<ReplySentJson>, ProblemHttpResult>> Send(Guid id, SendReplyRequest request, HttpContext http, SendReply replies,
        CancellationToken ct)
    {
        try
        {
            var baseUrl = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
            return TypedResults.Ok(await replies.SendAsync(id, request.Way?.Trim().ToLowerInvariant(), baseUrl, http.User.ToScope(), ct));
        }
        catch (EmailNotConfiguredException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "E-mail not configured");
        }
    }
}
