namespace GuestLoop.Domain.Organisation;

/// <summary>
/// A new API key as an administrator asks for it: acting as one staff member, or with a role and authority level of
/// its own; every property or the listed ones; read-only or read-write; an expiry or none.
/// </summary>
public sealed record ApiKeyGrant(
    string? Name,
    Guid? ActingStaffId,
    StaffRole? Role,
    AuthorityLevel? Authority,
    bool AllProperties,
    IReadOnlyCollection<Guid> PropertyIds,
    bool ReadOnly,
    DateTimeOffset? ExpiresAt);

/// <summary>Who manages keys, which keys are alive, and when a key's last use is worth writing down.</summary>
public static class ApiKeyRules
{
    public const int NameMax = 100;

    /// <summary>A key lives at most this long: an integration is re-keyed at least every two years.</summary>
    public static readonly TimeSpan LongestLife = TimeSpan.FromDays(731);

    /// <summary>Last use is written at most this often per key, so a busy integration does not write on every call.</summary>
    public static readonly TimeSpan UseRecordedEvery = TimeSpan.FromMinutes(1);

    /// <summary>The field errors of a grant; the properties must exist (<paramref name="knownProperty"/>).</summary>
    public static FieldErrors Check(ApiKeyGrant grant, DateTimeOffset now, Func<Guid, bool> knownProperty)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(grant.Name) || grant.Name.Trim().Length > NameMax)
        {
            errors.Add("name", $"A name of 1 to {NameMax} characters is required.");
        }

        if (grant.ActingStaffId is not null && (grant.Role is not null || grant.Authority is not null))
        {
            errors.Add("role", "A key acting as a staff member takes that person's role and authority; give one or the other.");
        }
        else if (grant.ActingStaffId is null && grant.Role is null)
        {
            errors.Add("role", "Either the acting staff member or a role is required.");
        }

        if (!grant.AllProperties && grant.PropertyIds.Count == 0)
        {
            errors.Add("properties", "At least one property, or every property.");
        }
        else if (grant.PropertyIds.FirstOrDefault(p => !knownProperty(p)) is var unknown && unknown != Guid.Empty)
        {
            errors.Add("properties", $"Unknown property {unknown}.");
        }

        if (grant.ExpiresAt is { } expires && (expires <= now || expires > now + LongestLife))
        {
            errors.Add("expiresAt", "An expiry in the future, within two years.");
        }

        return errors;
    }

    /// <summary>
    /// Only administrators manage keys, and only keys within their own properties: an administrator of one hotel neither
    /// sees, issues nor revokes a key that reaches another property.
    /// </summary>
    public static bool MayManage(bool isAdministrator, bool managerAllProperties, IReadOnlySet<Guid> managerProperties, bool keyAllProperties,
        IEnumerable<Guid> keyProperties) =>
        isAdministrator && (managerAllProperties || !keyAllProperties && keyProperties.All(managerProperties.Contains));

    /// <summary>Refuses, saying why, a manager who may not issue or revoke this key.</summary>
    public static void RequireManage(bool isAdministrator, bool managerAllProperties, IReadOnlySet<Guid> managerProperties, bool keyAllProperties,
        IEnumerable<Guid> keyProperties)
    {
        if (!isAdministrator)
        {
            throw new ApiKeyRefusedException("Only administrators manage API keys.");
        }

        if (!MayManage(isAdministrator, managerAllProperties, managerProperties, keyAllProperties, keyProperties))
        {
            throw new ApiKeyRefusedException("An API key may reach only properties that you administer.");
        }
    }

    /// <summary>A key works until it is revoked or expires.</summary>
    public static bool IsAlive(DateTimeOffset? revokedAt, DateTimeOffset? expiresAt, DateTimeOffset now) =>
        revokedAt is null && (expiresAt is not { } e || now < e);

    /// <summary>True when a use now should be written down: never recorded, or last recorded a minute or more ago.</summary>
    public static bool UseIsDue(DateTimeOffset? lastRecorded, DateTimeOffset now) => lastRecorded is not { } last || now - last >= UseRecordedEvery;

    /// <summary>A read-only key may only read: GET, HEAD and OPTIONS.</summary>
    public static bool Permits(bool readOnly, string method) =>
        !readOnly || method is "GET" or "HEAD" or "OPTIONS";
}

/// <summary>An API key operation the caller may not perform (HTTP 403).</summary>
public sealed class ApiKeyRefusedException(string message) : DomainException(DomainErrorKind.Forbidden, message);
