using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.WorkOrders;

/// <summary>
/// Who may do what with work orders beyond their own tasks: a supervisor (level 3 or above — the department heads and
/// managers) assigns, verifies, cancels and keeps the roster; level 2 or above sets a property's request types.
/// Front-line staff open orders and work the ones assigned to them.
/// </summary>
public static class WorkOrderAuthority
{
    public static bool MaySupervise(AuthorityLevel held, bool administrator) => administrator || held.Covers(AuthorityLevel.Level3);

    public static bool MayConfigure(AuthorityLevel held, bool administrator) => administrator || held.Covers(AuthorityLevel.Level2);

    public static void RequireSupervisor(AuthorityLevel held, bool administrator, string what)
    {
        if (!MaySupervise(held, administrator))
        {
            throw new WorkOrderDeniedException($"Only a supervisor (level 3 or above) may {what}.");
        }
    }

    public static void RequireConfigurer(AuthorityLevel held, bool administrator, string what)
    {
        if (!MayConfigure(held, administrator))
        {
            throw new WorkOrderDeniedException($"Only level 2 or above may {what}.");
        }
    }
}

/// <summary>A work-order action the caller's authority does not allow (HTTP 403).</summary>
public sealed class WorkOrderDeniedException(string message) : DomainException(DomainErrorKind.Forbidden, message);
