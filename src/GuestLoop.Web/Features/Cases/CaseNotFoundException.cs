using GuestLoop.Domain;

namespace GuestLoop.Web.Features.Cases;

/// <summary>No such case, or one outside the caller's property scope: both answer 404 so nothing leaks.</summary>
public sealed class CaseNotFoundException() : DomainException(DomainErrorKind.NotFound, "The case does not exist or is not visible to you.");
