using GuestLoop.Domain.Organisation;

namespace GuestLoop.Web.Features.Organisation;

/// <summary>A person who signs in to the workspace; sees only the properties listed (or all of them).</summary>
public sealed class StaffMember
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string UserName { get; set; }
    public required string DisplayName { get; set; }
    public string PasswordHash { get; set; } = string.Empty;
    public StaffRole Role { get; set; }
    public AuthorityLevel Authority { get; set; } = AuthorityLevel.None;
    public Guid? DepartmentId { get; set; }
    public string? Email { get; set; }
    public string? Skills { get; set; }
    public bool AllProperties { get; set; }
    public List<Guid> PropertyIds { get; set; } = [];
    public bool Active { get; set; } = true;

    /// <summary>Changes whenever a password, two-factor or sign-out should end every session of this person.</summary>
    public string SecurityStamp { get; set; } = string.Empty;
    public int AccessFailedCount { get; set; }
    public DateTimeOffset? LockoutEnd { get; set; }
    public bool TwoFactorEnabled { get; set; }

    /// <summary>The authenticator app's shared key, encrypted in the database (see SensitiveColumns).</summary>
    public string? AuthenticatorKey { get; set; }

    /// <summary>SHA-256 hashes of the unused recovery codes, separated by ';'.</summary>
    public string? RecoveryCodeHashes { get; set; }

    public Actor ToActor() => new(Id, DisplayName, Authority, DepartmentId);

    /// <summary>Sees (and so may be given the work of) the property: all of them, or this one among those listed.</summary>
    public bool WorksAt(Guid propertyId) => AllProperties || PropertyIds.Contains(propertyId);
}
