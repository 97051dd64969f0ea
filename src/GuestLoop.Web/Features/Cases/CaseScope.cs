using GuestLoop.Domain.Cases;
using GuestLoop.Web.Features.Account;

namespace GuestLoop.Web.Features.Cases;

/// <summary>The one filter of cases by the caller's properties: every read of cases on behalf of someone starts here.</summary>
public static class CaseScope
{
    public static IQueryable<Case> VisibleTo(this IQueryable<Case> cases, AccessScope scope) => cases.InScope(scope, c => c.PropertyId);
}
