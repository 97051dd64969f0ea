using GuestLoop.Web.Features.Organisation;
using GuestLoop.Web.Features.Workspace;

namespace GuestLoop.Web.Features.WorkOrders;

/// <summary>Whom a supervisor may give an order of a property: the active staff who see that property.</summary>
public static class WorkOrderStaff
{
    public static IEnumerable<StaffMember> At(Lookups? lookups, Guid? propertyId) =>
        propertyId is { } id && lookups is not null
            ? lookups.Staff.Where(s => s.Active && s.WorksAt(id))
            : [];
}
