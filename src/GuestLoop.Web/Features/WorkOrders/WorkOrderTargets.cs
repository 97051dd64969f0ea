using GuestLoop.Domain.WorkOrders;

namespace GuestLoop.Web.Features.WorkOrders;

/// <summary>What the pages show of an order's targets: the one it works towards now, and whether it is past it.</summary>
public static class WorkOrderTargets
{
    /// <summary>Acceptance until someone accepts, then completion; none once the work is done or cancelled.</summary>
    public static DateTimeOffset? Next(WorkOrderJson order) =>
        order.State is WorkOrderState.Completed or WorkOrderState.Verified or WorkOrderState.Cancelled ? null
        : order.AcceptedAt is null ? order.ResponseDueAt : order.CompletionDueAt;

    /// <summary>Late when the answer said so, or since: a page stays open while the minutes run.</summary>
    public static bool IsLate(WorkOrderJson order, DateTimeOffset now) => order.Late || (Next(order) is { } due && now >= due);

    public static bool IsClosed(WorkOrderState state) => state is WorkOrderState.Verified or WorkOrderState.Cancelled;

    /// <summary>The states a supervisor may cancel from (before the work is completed).</summary>
    public static bool MayCancel(WorkOrderState state) => state is not (WorkOrderState.Completed or WorkOrderState.Verified or WorkOrderState.Cancelled);

    /// <summary>The states an order may be (re)assigned from.</summary>
    public static bool MayAssign(WorkOrderState state) =>
        state is WorkOrderState.Open or WorkOrderState.Assigned or WorkOrderState.Accepted or WorkOrderState.Paused;
}
