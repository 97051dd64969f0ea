using GuestLoop.Domain.Customers;

namespace GuestLoop.Web.Features.Customers;

/// <summary>The errors of the guest services that a workspace page shows instead of failing the circuit.</summary>
public static class GuestErrors
{
    public static bool IsUserError(Exception e) =>
        e is GuestValidationException or GuestRuleException or PrivacyDeniedException or GuestNotFoundException;

    /// <summary>The resource key of the message for the error.</summary>
    public static string KeyOf(Exception e) => e switch
    {
        GuestValidationException => "Common.Invalid",
        GuestNotFoundException => "Common.NotFound",
        PrivacyDeniedException => "Common.Forbidden",
        _ => "Common.NotAllowedNow",
    };
}
