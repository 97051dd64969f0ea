using GuestLoop.Domain.Organisation;

namespace GuestLoop.Web.Features.Account;

/// <summary>An integration's key. Only a SHA-256 hash is stored; the key is shown once when created.</summary>
public sealed class ApiKey
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public required string KeyHash { get; set; }

    /// <summary>Whether the key administers; a key issued on the page has <see cref="Role"/> Administrator for that.</summary>
    public ApiKeyScope Scope { get; set; }

    /// <summary>The staff member the key acts as; without one, the key acts with its own role and authority.</summary>
    public Guid? OwnerStaffId { get; set; }

    /// <summary>The role of a key that acts as no one; null on keys from before roles (they act as an integration or administrator).</summary>
    public StaffRole? Role { get; set; }

    /// <summary>The authority of a key that acts as no one; null means none.</summary>
    public AuthorityLevel? Authority { get; set; }

    /// <summary>True when the key reaches only <see cref="PropertyIds"/>; false (every property) on keys from before scopes.</summary>
    public bool LimitedToProperties { get; set; }
    public List<Guid> PropertyIds { get; set; } = [];

    public bool ReadOnly { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>The last call with this key, to the minute (written at most once a minute per key and instance).</summary>
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}

public enum ApiKeyScope
{
    /// <summary>Creates and reads cases of every property.</summary>
    Integration,
    /// <summary>Everything, and may act on behalf of a named staff member (X-On-Behalf-Of).</summary>
    Administrator,
}
