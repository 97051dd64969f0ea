namespace GuestLoop.Domain.Customers;

/// <summary>A change to a guest profile that the rules do not allow now (HTTP 409).</summary>
public sealed class GuestRuleException(string message) : DomainException(DomainErrorKind.Conflict, message);

/// <summary>The caller may not do this with personal data (HTTP 403).</summary>
public sealed class PrivacyDeniedException(string message) : DomainException(DomainErrorKind.Forbidden, message);

/// <summary>Guest details or profile values that break a rule (HTTP 400 with field errors).</summary>
public sealed class GuestValidationException(IReadOnlyDictionary<string, string[]> errors) : DomainException(errors, "One or more fields are not valid.");
