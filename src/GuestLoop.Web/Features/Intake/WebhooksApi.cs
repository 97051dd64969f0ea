using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Intake;

/// <summary>
/// POST /api/v1/webhooks/{integrationId}: a platform's call, authenticated by its HMAC signature instead of an API key.
/// 201 with the new case, 200 with the case an earlier call made for the same externalRef, 401 when the signature,
/// timestamp or freshness fails (nothing is created), 400 when the body is not a valid case.
/// </summary>
public static class WebhooksApi
{
    public static IEndpointRouteBuilder MapWebhooksApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/webhooks/{integrationId:guid}", Receive)
            .AllowAnonymous().DisableAntiforgery().RequireRateLimiting(GuestRateLimits.Policy).WithTags("Webhooks").WithName("ReceiveWebhook")
            .WithSummary("A case from a platform, signed with X-GuestLoop-Timestamp and X-GuestLoop-Signature: sha256=HMAC(secret, \"{timestamp}.{body}\")")
            .Accepts<WebhookPayload>("application/json");
        return app;
    }

    private static async Task<Results<Created<CaseJson>, Ok<CaseJson>, ValidationProblem, ProblemHttpResult>> Receive(
        Guid integrationId, HttpRequest request, ReceiveWebhook handler, GuestLoopDbContext db, CaseReader reader, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        var outcome = await handler.HandleAsync(integrationId, buffer.ToArray(),
            request.Headers[ReceiveWebhook.TimestampHeader].ToString(), request.Headers[ReceiveWebhook.SignatureHeader].ToString(), ct);
        switch (outcome)
        {
            case WebhookOutcome.Refused refused:
                return TypedResults.Problem(refused.Reason, statusCode: StatusCodes.Status401Unauthorized, title: "Signature not accepted");
            case WebhookOutcome.Invalid invalid:
                return TypedResults.ValidationProblem(invalid.Errors);
            case WebhookOutcome.Accepted accepted:
                var c = await db.Cases.AsNoTracking().Include(x => x.Replies).Include(x => x.Pauses).Include(x => x.History)
                    .AsSplitQuery().SingleAsync(x => x.Id == accepted.CaseId, ct);
                var json = await reader.ToJsonAsync(c, AccessScope.Outsider("webhook"), withHistory: false, ct);
                return accepted.Created ? TypedResults.Created($"/api/v1/cases/{c.Id}", json) : TypedResults.Ok(json);
            default:
                throw new InvalidOperationException(outcome.GetType().Name);
        }
    }
}
