namespace GuestLoop.Domain.WorkOrders;

/// <summary>Who is told when a work order is late: the supervisor when a target is near, the duty manager when it is missed.</summary>
public enum WorkOrderEscalationStep
{
    SupervisorResponse,
    DutyManagerResponse,
    SupervisorCompletion,
    DutyManagerCompletion,
}

/// <summary>
/// The escalation rule in clock time: <c>warnBefore</c> ahead of a target the supervisor, at the target the duty
/// manager. The response target stops counting once someone accepts; the completion target once the work is done.
/// </summary>
public static class WorkOrderEscalation
{
    public static IEnumerable<WorkOrderEscalationStep> Due(WorkOrder order, DateTimeOffset now, TimeSpan warnBefore)
    {
        if (order.IsClosed)
        {
            yield break;
        }

        if (order.AcceptedAt is null)
        {
            if (now >= order.ResponseDueAt - warnBefore)
            {
                yield return WorkOrderEscalationStep.SupervisorResponse;
            }

            if (now >= order.ResponseDueAt)
            {
                yield return WorkOrderEscalationStep.DutyManagerResponse;
            }
        }

        if (order.CompletedAt is null)
        {
            if (now >= order.CompletionDueAt - warnBefore)
            {
                yield return WorkOrderEscalationStep.SupervisorCompletion;
            }

            if (now >= order.CompletionDueAt)
            {
                yield return WorkOrderEscalationStep.DutyManagerCompletion;
            }
        }
    }
}
