using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Cases;

/// <summary>The step is not allowed in the case's current state (HTTP 409).</summary>
public sealed class CaseTransitionException(CaseStatus status, CaseAction action)
    : DomainException(DomainErrorKind.Conflict, $"'{action}' is not allowed while the case is {status}.")
{
    public CaseStatus Status { get; } = status;
    public CaseAction Action { get; } = action;
}

/// <summary>The actor's authority level is below what the decision needs (HTTP 403).</summary>
public sealed class AuthorityException(AuthorityLevel held, AuthorityLevel required, CaseAction action)
    : DomainException(DomainErrorKind.Forbidden, $"'{action}' needs authority {required}; the actor holds {held}.")
{
    public AuthorityLevel Held { get; } = held;
    public AuthorityLevel Required { get; } = required;
}

/// <summary>Input that breaks a rule of the case, or of anything handled with it (HTTP 400 with field errors).</summary>
public sealed class CaseValidationException(IReadOnlyDictionary<string, string[]> errors)
    : DomainException(errors, "The case data is not valid: " + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")))
{
    public static CaseValidationException For(string field, string message) => new(FieldErrors.For(field, message));
}
