using GuestLoop.Domain.Cases;

namespace GuestLoop.Domain.WorkOrders;

/// <summary>
/// A work order that turns into a complaint (the guest was kept waiting, the repair failed twice): the case it becomes,
/// received through the cases' own way in, and tied back to the order (<see cref="WorkOrder.LinkCase"/>).
/// </summary>
public static class WorkOrderCases
{
    /// <summary>The case channel an order's channel stands for.</summary>
    public static Channel CaseChannel(WorkOrderChannel channel) => channel switch
    {
        WorkOrderChannel.Phone => Channel.Phone,
        WorkOrderChannel.GuestPage => Channel.Web,
        WorkOrderChannel.Api => Channel.Platform,
        _ => Channel.Onsite,
    };

    /// <summary>
    /// The complaint: the staff member's title and description, or else the order's type and place and its description;
    /// the place and the time the order was opened carry over.
    /// </summary>
    public static NewCase Complaint(WorkOrder order, string? title, string? description, Complainant? complainant)
    {
        if (order.CaseId is not null)
        {
            throw new WorkOrderStepException(order.State, "raise a second case from");
        }

        var heading = string.IsNullOrWhiteSpace(title) ? $"{order.Type.Name} · {order.Location}" : title.Trim();
        var text = !string.IsNullOrWhiteSpace(description) ? description.Trim()
            : string.IsNullOrWhiteSpace(order.Description) ? order.Type.Name : order.Description;
        return new NewCase(order.PropertyId, CaseKind.Complaint, CaseChannel(order.Channel),
            heading.Length > TextLimits.Title ? heading[..TextLimits.Title] : heading, text, complainant, Place: order.Location,
            OccurredAt: order.CreatedAt);
    }
}

/// <summary>The guest an order serves: linked to the profile only while the guest lets it be used for service.</summary>
public static class WorkOrderGuests
{
    /// <summary>Adds a field error when the profile may not be tied to the order (erased, or consent to service use withdrawn).</summary>
    public static void Check(Customers.Guest guest, FieldErrors errors)
    {
        if (!guest.MayBeContactedFor(Customers.ConsentPurpose.Service))
        {
            errors.Add("guestId", "The guest has withdrawn consent to the use of their data for service: record the order without the profile.");
        }
    }
}
