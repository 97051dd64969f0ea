using GuestLoop.Domain.Intake;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Intake;

public sealed record CreateIntegrationRequest(string? Name, string? Kind, string? Property);

public sealed record IntegrationJson(Guid Id, string Name, string Kind, string Property, bool Enabled, string WebhookPath, string? Secret = null);

/// <summary>Administrators add integrations by API as on the page; the secret is in the creation's answer only.</summary>
public static class IntegrationsApi
{
    public static RouteGroupBuilder MapIntegrationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/integrations").WithTags("Integrations").RequireAuthorization(AuthSetup.AdminPolicy);
        group.MapGet("/", List).WithName("ListIntegrations");
        group.MapPost("/", Create).WithName("CreateIntegration").WithSummary("Add a platform; the answer holds its shared secret, shown once");
        return api;
    }

    private static async Task<Ok<List<IntegrationJson>>> List(IntegrationAdmin admin, GuestLoopDbContext db, CancellationToken ct)
    {
        var codes = await db.Properties.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, ct);
        return TypedResults.Ok((await admin.ListAsync(ct)).Select(i => ToJson(i, codes.GetValueOrDefault(i.PropertyId, "?"), null)).ToList());
    }

    private static async Task<Results<Created<IntegrationJson>, ValidationProblem>> Create(CreateIntegrationRequest request, HttpContext http,
        IntegrationAdmin admin, GuestLoopDbContext db, CancellationToken ct)
    {
        var property = string.IsNullOrWhiteSpace(request.Property) ? null
            : await db.Properties.AsNoTracking().SingleOrDefaultAsync(p => p.Code == request.Property, ct);
        var kind = IntegrationKinds.Parse(request.Kind);
        var (integration, secret, errors) = await admin.CreateAsync(request.Name, kind, property?.Id, http.User.ToScope(), ct);
        if (integration is null)
        {
            var allowed = string.Join("|", Enum.GetValues<IntegrationKind>().Select(k => k.Code()));
            return TypedResults.ValidationProblem(errors.ToDictionary(e => e.Key, e => new[]
            {
                e.Key == "kind" ? $"One of {allowed}." : e.Value == "Admin.Error.CodeTaken" ? "That name is taken." : "Required.",
            }));
        }

        return TypedResults.Created($"/api/v1/integrations/{integration.Id}", ToJson(integration, property!.Code, secret));
    }

    public static IntegrationJson ToJson(Integration i, string propertyCode, string? secret) =>
        new(i.Id, i.Name, i.Kind.Code(), propertyCode, i.Enabled, $"/api/v1/webhooks/{i.Id}", secret);
}
