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
}
