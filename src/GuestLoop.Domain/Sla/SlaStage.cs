namespace GuestLoop.Domain.Sla;

/// <summary>
/// A stage of the case that carries its own deadline. Span stages run while the case is in
/// the matching statuses; milestones (Reply, Resolution) run from receipt until reached.
/// </summary>
public enum SlaStage
{
    /// <summary>Received → triaged (first response, 受理/响应).</summary>
    Response,
    /// <summary>Triaged/investigating → plan proposed (调查核实).</summary>
    Investigation,
    /// <summary>Plan proposed → plan approved (处理方案).</summary>
    Plan,
    /// <summary>Plan approved/executing → replied (执行).</summary>
    Execution,
    /// <summary>Written reply sent to the guest (书面反馈), from receipt.</summary>
    Reply,
    /// <summary>Replied → follow-up done and closed (回访).</summary>
    FollowUp,
    /// <summary>Whole case closed (闭环), from receipt.</summary>
    Resolution,
    /// <summary>A praise passed on to the staff it names (表扬记录和分享), from receipt.</summary>
    Recognition,
    /// <summary>
    /// A first finding recorded (初步调查: the complaint confirmed with the guest and their expectations noted), from receipt.
    /// Met only by a recorded finding (or the findings of a proposed plan), never by classifying the case.
    /// </summary>
    InitialInvestigation,
}
