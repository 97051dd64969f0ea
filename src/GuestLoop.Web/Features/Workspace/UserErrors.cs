using GuestLoop.Domain;
using GuestLoop.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GuestLoop.Web.Features.Workspace;

/// <summary>
/// The one translation of a refused operation into what a workspace page shows, in the reader's language: one message
/// per kind of domain error, and the two that can say more (the authority needed, the fields to check).
/// </summary>
public static class UserErrors
{
    /// <summary>The errors a page shows to the user instead of failing the circuit.</summary>
    public static bool IsUserError(Exception e) => e is DomainException or DbUpdateConcurrencyException;

    public static string Message(IStringLocalizer<SharedResource> l, Exception e) => e switch
    {
        AuthorityException a => l["Error.Authority", l["Authority." + a.Required], l["Authority." + a.Held]],
        DomainException { Kind: DomainErrorKind.Invalid } invalid => FieldsToCheck(l, invalid.Errors.Keys),
        DomainException { Kind: DomainErrorKind.Forbidden } => l["Common.Forbidden"],
        DomainException { Kind: DomainErrorKind.NotFound } => l["Common.NotFound"],
        DomainException { Kind: DomainErrorKind.Conflict } => l["Common.NotAllowedNow"],
        DbUpdateConcurrencyException => l["Common.ChangedMeanwhile"],
        _ => throw new ArgumentException("Not an error shown to the user.", nameof(e), e),
    };

    /// <summary>"Please check: title; description" when every field has a label; the general message otherwise.</summary>
    public static string FieldsToCheck(IStringLocalizer<SharedResource> l, IEnumerable<string> fields)
    {
        var labels = fields.Select(f => l["Field." + f]).ToList();
        return labels.Count > 0 && labels.All(label => !label.ResourceNotFound)
            ? l["Error.Validation", string.Join("; ", labels.Select(label => label.Value))]
            : l["Common.Invalid"];
    }
}
