using GuestLoop.Domain.Cases;

namespace GuestLoop.Web.Features.Compensation;

internal static class FieldErrors
{
    public static void ThrowIfAny(Dictionary<string, string[]> errors)
    {
        if (errors.Count > 0)
        {
            throw new CaseValidationException(errors);
        }
    }
}
