using GuestLoop.Domain.Organisation;
using GuestLoop.Domain.WorkOrders;

namespace GuestLoop.Domain.Maintenance;

/// <summary>
/// Who may do what with maintenance: level 2 or above (as for request types) keeps the assets, checklists and schedules;
/// any staff member of the property does a round.
/// </summary>
public static class InspectionAuthority
{
    public static bool MayConfigure(AuthorityLevel held, bool administrator) => WorkOrderAuthority.MayConfigure(held, administrator);

    public static bool MayDoRound(Guid? staffId, bool worksAtProperty) => staffId is not null && worksAtProperty;

    public static void RequireConfigurer(AuthorityLevel held, bool administrator, string what) =>
        WorkOrderAuthority.RequireConfigurer(held, administrator, what);

    public static void RequireRoundTaker(Guid? staffId, bool worksAtProperty)
    {
        if (!MayDoRound(staffId, worksAtProperty))
        {
            throw new WorkOrderDeniedException("Only a staff member of the property does its inspection rounds.");
        }
    }
}
