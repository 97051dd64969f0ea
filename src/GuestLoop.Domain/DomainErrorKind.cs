namespace GuestLoop.Domain;

/// <summary>
/// The four ways a domain rule refuses an operation. The web edge maps each kind once to a problem-details status and
/// once to a workspace message, so a new error type needs no new mapping.
/// </summary>
public enum DomainErrorKind
{
    /// <summary>The input breaks a rule; the field errors say which (HTTP 400).</summary>
    Invalid,

    /// <summary>The caller may not do this (HTTP 403).</summary>
    Forbidden,

    /// <summary>Not allowed in the current state of the thing (HTTP 409).</summary>
    Conflict,

    /// <summary>No such thing, or not one the caller may see (HTTP 404).</summary>
    NotFound,
}
