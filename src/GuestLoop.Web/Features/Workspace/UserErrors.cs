using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Customers;
using GuestLoop.Web.Features.Accountability;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Features.Customers;
using GuestLoop.Web.Features.Supervision;

namespace GuestLoop.Web.Features.Workspace;

/// <summary>The errors a workspace page shows to the user instead of failing the circuit.</summary>
public static class UserErrors
{
    public static bool IsUserError(Exception e) =>
        e is DomainException or CaseNotFoundException or NotInSupervisionOfficeException or AccountabilityDeniedException
            or GuestValidationException or GuestRuleException or PrivacyDeniedException or GuestNotFoundException;

    /// <summary>The resource key of the message for the error.</summary>
    public static string KeyOf(Exception e) => e switch
    {
        CaseValidationException or GuestValidationException => "Common.Invalid",
        CaseNotFoundException or GuestNotFoundException => "Common.NotFound",
        NotInSupervisionOfficeException or AccountabilityDeniedException or AuthorityException or PrivacyDeniedException => "Common.Forbidden",
        _ => "Common.NotAllowedNow",
    };
}
