namespace GuestLoop.Domain.Cases;

/// <summary>Every step that can be taken on a case; the transitions are the verbs of the lifecycle.</summary>
public enum CaseAction
{
    Receive,
    Triage,
    StartInvestigation,
    ProposePlan,
    ApprovePlan,
    RejectPlan,
    StartExecution,
    Reply,
    InterimReply,
    RecordFollowUp,
    Close,
    Reopen,
    Pause,
    Resume,
    Assign,
    Edit,
    AddNote,
    AddEvidence,
    AnswerSurvey,
    AlertDepartmentHead,
    PlanRemedy,
    CompleteRemedy,
    VerifyRemedy,
    ProposeCompensation,
    ApproveCompensation,
    RejectCompensation,
    NegotiateCompensation,
    AgreeCompensation,
    PayCompensation,
    GuestMessage,
    ReplySent,
    /// <summary>This case is closed as a duplicate of another (合并).</summary>
    MergeInto,
    /// <summary>Another case was merged into this one.</summary>
    AbsorbDuplicate,
    /// <summary>A praise was passed on to the staff it names (表扬传达).</summary>
    Recognise,
    FlagRisk,
    /// <summary>A reminder of the satisfaction survey went out to the guest (by the job, or recorded by staff who passed it on).</summary>
    SurveyReminder,
    /// <summary>The triage lowered the severity or the authority the case needs; the detail is the reason.</summary>
    LowerSeverity,
    /// <summary>A finding of the investigation was recorded (what the guest confirmed, what they expect); meets the initial investigation.</summary>
    RecordFinding,
    /// <summary>Closed as spam (垃圾信息) with the reason: not a guest's voice, so no reply, follow-up or survey.</summary>
    CloseAsSpam,
}
