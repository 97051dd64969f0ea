using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Cases;

/// <summary>Base of the typed domain errors; the web edge maps each to one problem-details status.</summary>
public abstract class DomainException(string message) : Exception(message);

/// <summary>The step is not allowed in the case's current state (HTTP 409).</summary>
public sealed class CaseTransitionException(CaseStatus status, CaseAction action)
    : DomainException($"'{action}' is not allowed while the case is {status}.")
{
    public CaseStatus Status { get; } = status;
    public CaseAction Action { get; } = action;
}

/// <summary>The actor's authority level is below what the decision needs (HTTP 403).</summary>
public sealed class AuthorityException(AuthorityLevel held, AuthorityLevel required, CaseAction action)
    : DomainException($"'{action}' needs authority {required}; the actor holds {held}.")
{
    public AuthorityLevel Held { get; } = held;
    public AuthorityLevel Required { get; } = required;
}

/// <summary>Input that breaks a rule of the case (HTTP 400 with field errors).</summary>
public sealed class CaseValidationException(IReadOnlyDictionary<string, string[]> errors)
    : DomainException("The case data is not valid: " + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static CaseValidationException For(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });
}
