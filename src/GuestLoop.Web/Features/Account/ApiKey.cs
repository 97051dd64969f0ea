namespace GuestLoop.Web.Features.Account;

/// <summary>An integration's key. Only a SHA-256 hash is stored; the key is shown once when created.</summary>
public sealed class ApiKey
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public required string KeyHash { get; set; }
    public ApiKeyScope Scope { get; set; }

    /// <summary>The staff member the key acts as; without one, the key acts as an integration with no decision authority.</summary>
    public Guid? OwnerStaffId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}

public enum ApiKeyScope
{
    /// <summary>Creates and reads cases of every property.</summary>
    Integration,
    /// <summary>Everything, and may act on behalf of a named staff member (X-On-Behalf-Of).</summary>
    Administrator,
}
