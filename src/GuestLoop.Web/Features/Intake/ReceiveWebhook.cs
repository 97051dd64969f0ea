using System.Security.Cryptography;
using System.Text.Json;
using GuestLoop.Domain;
using GuestLoop.Domain.Intake;
using GuestLoop.Domain.Organisation;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Features.Notifications;
using GuestLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Intake;

/// <summary>What became of a webhook call.</summary>
public abstract record WebhookOutcome
{
    public sealed record Refused(string Reason) : WebhookOutcome;
    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : WebhookOutcome;
    public sealed record Accepted(Guid CaseId, bool Created) : WebhookOutcome;
}

/// <summary>
/// A signed call from a platform: the signature and its timestamp are checked, the signature is recorded so the
/// same call is never taken twice, and the case is received on the platform channel — once per external reference.
/// </summary>
public sealed class ReceiveWebhook(GuestLoopDbContext db, IntegrationSecrets secrets, ReceiveCase receive, AuditLog audit, TimeProvider clock)
{
    public const string TimestampHeader = "X-GuestLoop-Timestamp";
    public const string SignatureHeader = "X-GuestLoop-Signature";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new PlainTextConverter() } };

    public async Task<WebhookOutcome> HandleAsync(Guid integrationId, byte[] body, string? timestamp, string? signature, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var integration = await db.Integrations.AsNoTracking().SingleOrDefaultAsync(i => i.Id == integrationId && i.Enabled, ct);
        if (integration is null)
        {
            return new WebhookOutcome.Refused("Unknown or disabled integration.");
        }

        var check = WebhookSignature.Verify(Secret(integration), timestamp, signature, body, now);
        if (check != SignatureCheck.Valid)
        {
            return new WebhookOutcome.Refused(check switch
            {
                SignatureCheck.Expired => $"The timestamp is more than {WebhookSignature.Tolerance.TotalMinutes:0} minutes away from the server's time.",
                SignatureCheck.Mismatch => "The signature does not match the body.",
                _ => $"The {TimestampHeader} and {SignatureHeader} headers are required (sha256=<hex>).",
            });
        }

        await db.WebhookReceipts.Where(r => r.ExpiresAt < now).ExecuteDeleteAsync(ct);
        var receipt = new WebhookReceipt
        {
            IntegrationId = integration.Id, Signature = signature!.ToLowerInvariant(), ReceivedAt = now,
            ExpiresAt = now + 2 * WebhookSignature.Tolerance + TimeSpan.FromMinutes(1),
        };
        if (!await InsertOnce.InsertAsync(db, receipt, ct))
        {
            return new WebhookOutcome.Refused("This call was already received.");
        }

        WebhookPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<WebhookPayload>(body, Json);
        }
        catch (JsonException)
        {
            payload = null;
        }

        if (payload is null)
        {
            return new WebhookOutcome.Invalid(FieldErrors.For("body", "The body is not the documented JSON object."));
        }

        var errors = new FieldErrors();
        if (payload.ToNewCase(integration, now, errors) is not (var newCase, var transfer))
        {
            return new WebhookOutcome.Invalid(errors);
        }

        var scope = new AccessScope(null, "integration:" + integration.Name, AuthorityLevel.None, null, false, new HashSet<Guid> { integration.PropertyId }, false);
        var key = new IntakeKey { Scope = IntakeKey.ForIntegration(integration.Id), Key = newCase.ExternalRef!, CreatedAt = now };
        var existing = await ExistingAsync(key, ct);
        if (existing is null)
        {
            var property = await db.Properties.AsNoTracking().SingleAsync(p => p.Id == integration.PropertyId, ct);
            try
            {
                var created = (await receive.ReceiveAsync(new CaseIntake(newCase, property, scope.Actor)
                {
                    Key = key,
                    Transfer = transfer is null ? null : (transfer, payload.Documents().ToList()),
                    Audit = (scope, "webhook.create", AuditDetails(integration, newCase.ExternalRef!)),
                }, ct)).Case;
                return new WebhookOutcome.Accepted(created.Id, Created: true);
            }
            catch (DbUpdateException)
            {
                // Another instance received the same reference at the same moment: answer with its case.
                existing = await ExistingAsync(key, ct) ?? throw new InvalidOperationException("The case could not be saved.");
            }
        }

        Audit(scope, integration, existing.Value, newCase.ExternalRef!, created: false);
        await db.SaveChangesAsync(ct);
        return new WebhookOutcome.Accepted(existing.Value, Created: false);
    }

    private string Secret(Integration integration)
    {
        try
        {
            return secrets.Unprotect(integration.ProtectedSecret);
        }
        catch (CryptographicException)
        {
            // Keys lost or rotated away: no call can be verified until the administrator issues a new secret.
            return string.Empty;
        }
    }

    private async Task<Guid?> ExistingAsync(IntakeKey key, CancellationToken ct) =>
        await db.IntakeKeys.AsNoTracking().Where(k => k.Scope == key.Scope && k.Key == key.Key).Select(k => (Guid?)k.CaseId).SingleOrDefaultAsync(ct);

    private void Audit(AccessScope scope, Integration integration, Guid caseId, string externalRef, bool created) =>
        audit.Append(scope, created ? "webhook.create" : "webhook.repeat", "case", caseId.ToString(), null, AuditDetails(integration, externalRef));

    private static object AuditDetails(Integration integration, string externalRef) =>
        new { integration = integration.Id, kind = integration.Kind.Code(), externalRef };
}
