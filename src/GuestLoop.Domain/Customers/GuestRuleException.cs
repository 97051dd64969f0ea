namespace GuestLoop.Domain.Customers;

/// <summary>A change to a guest profile that the rules do not allow (a 409 or 400 at the edge).</summary>
public sealed class GuestRuleException(string message) : Exception(message);

/// <summary>The caller may not do this with personal data (a 403 at the edge).</summary>
public sealed class PrivacyDeniedException(string message) : Exception(message);
