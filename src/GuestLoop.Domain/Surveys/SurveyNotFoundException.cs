namespace GuestLoop.Domain.Surveys;

/// <summary>No such survey template or invitation, or none the caller may see (HTTP 404).</summary>
public sealed class SurveyNotFoundException(string message) : DomainException(DomainErrorKind.NotFound, message);
