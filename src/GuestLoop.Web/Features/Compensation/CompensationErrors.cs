using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Compensation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GuestLoop.Web.Features.Compensation;

/// <summary>A refused remedy or compensation step, in the reader's language; one taken meanwhile by someone else counts as not allowed now.</summary>
public static class CompensationErrors
{
    public static string Text(IStringLocalizer<SharedResource> l, Exception e) => e switch
    {
        AuthorityException a => string.Format(l["Error.Authority"], l["Authority." + a.Required], l["Authority." + a.Held]),
        CompensationStepException or CaseTransitionException or DbUpdateConcurrencyException => l["Error.Transition"],
        CaseValidationException v => string.Format(l["Error.Validation"], string.Join("; ", v.Errors.Keys.Select(k => l["Field." + k].Value))),
        _ => e.Message,
    };
}
