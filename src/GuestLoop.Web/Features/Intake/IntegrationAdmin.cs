using GuestLoop.Domain.Intake;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Intake;

/// <summary>The administrator's side of integrations: add one (its secret shown once), switch it off and on, rotate the secret.</summary>
public sealed class IntegrationAdmin(GuestLoopDbContext db, IntegrationSecrets secrets, AuditLog audit, TimeProvider clock)
{
    public Task<List<Integration>> ListAsync(CancellationToken ct) => db.Integrations.AsNoTracking().OrderBy(i => i.Name).ToListAsync(ct);

    /// <summary>Field errors (resource keys) and nothing saved, or the new integration with its secret in plain text — the only time it is.</summary>
    public async Task<(Integration? Integration, string? Secret, Dictionary<string, string> Errors)> CreateAsync(
        string? name, IntegrationKind? kind, Guid? propertyId, AccessScope actor, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100)
        {
            errors["name"] = "Admin.Error.Required";
        }
        else if (await db.Integrations.AnyAsync(i => i.Name == name.Trim(), ct))
        {
            errors["name"] = "Admin.Error.CodeTaken";
        }

        if (kind is null)
        {
            errors["kind"] = "Admin.Error.Required";
        }

        if (propertyId is not { } pid || !await db.Properties.AnyAsync(p => p.Id == pid, ct))
        {
            errors["property"] = "Admin.Error.Required";
        }

        if (errors.Count > 0)
        {
            return (null, null, errors);
        }

        var secret = IntegrationSecrets.Generate();
        var integration = new Integration
        {
            Name = name!.Trim(), Kind = kind!.Value, PropertyId = propertyId!.Value, ProtectedSecret = secrets.Protect(secret), CreatedAt = clock.GetUtcNow(),
        };
        db.Integrations.Add(integration);
        audit.Append(actor, "integration.create", "integration", integration.Id.ToString(), null, Describe(integration));
        await db.SaveChangesAsync(ct);
        return (integration, secret, errors);
    }

    public async Task SetEnabledAsync(Guid id, bool enabled, AccessScope actor, CancellationToken ct)
    {
        var integration = await db.Integrations.SingleAsync(i => i.Id == id, ct);
        var before = Describe(integration);
        integration.Enabled = enabled;
        audit.Append(actor, enabled ? "integration.enable" : "integration.disable", "integration", id.ToString(), before, Describe(integration));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A new secret replaces the old one at once; the platform must be given it.</summary>
    public async Task<string> RotateSecretAsync(Guid id, AccessScope actor, CancellationToken ct)
    {
        var integration = await db.Integrations.SingleAsync(i => i.Id == id, ct);
        var secret = IntegrationSecrets.Generate();
        integration.ProtectedSecret = secrets.Protect(secret);
        integration.SecretRotatedAt = clock.GetUtcNow();
        audit.Append(actor, "integration.rotate-secret", "integration", id.ToString(), null, Describe(integration));
        await db.SaveChangesAsync(ct);
        return secret;
    }

    private static object Describe(Integration i) => new { i.Name, Kind = i.Kind.Code(), i.PropertyId, i.Enabled };
}
