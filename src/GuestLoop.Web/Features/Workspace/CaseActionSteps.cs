using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Organisation;

namespace GuestLoop.Web.Features.Workspace;

/// <summary>Turns the filled-in form of a step into the call on the case aggregate.</summary>
public static class CaseActionSteps
{
    public static Action<Case, Actor, DateTimeOffset> For(CaseAction action, ActionForm f, Lookups lookups) => action switch
    {
        CaseAction.Triage => (c, a, now) => c.Triage(a, now, f.Category, f.Severity, f.Object,
            new Assessment(f.AssessSeverity, f.AssessDifficulty, f.AssessTimeliness), f.BusinessMatter, f.Text),
        CaseAction.StartInvestigation => (c, a, now) => c.StartInvestigation(a, now),
        CaseAction.RecordFinding => (c, a, now) => c.RecordFinding(a, now, f.Text ?? ""),
        CaseAction.ProposePlan => (c, a, now) => c.ProposePlan(a, now, f.Findings ?? "",
            new ResponsibilityDetermination(f.WithinScope, f.ComplaintTrue, f.EnterpriseAtFault, f.TouchesLawfulRights, f.HandlingCompliant,
                f.ResponsibleDepartments, f.ResponsibleStaff), f.Plan ?? ""),
        CaseAction.ApprovePlan => (c, a, now) => c.ApprovePlan(a, now, f.Text),
        CaseAction.RejectPlan => (c, a, now) => c.RejectPlan(a, now, f.Text ?? ""),
        CaseAction.StartExecution => (c, a, now) => c.StartExecution(a, now, f.Text),
        CaseAction.Reply => (c, a, now) => c.Reply(a, now, f.Text ?? ""),
        CaseAction.InterimReply => (c, a, now) => c.InterimReply(a, now, f.Text ?? "",
            f.ExpectedBy is { } d ? DateOnly.FromDateTime(d) : throw CaseValidationException.For("expectedBy", "required")),
        CaseAction.RecordFollowUp => (c, a, now) => c.RecordFollowUp(a, now, new FollowUpRecord(f.Way, f.Satisfaction, f.Text)),
        CaseAction.Close => (c, a, now) => c.Close(a, now, f.Text),
        CaseAction.Reopen => (c, a, now) => c.Reopen(a, now, f.Text ?? ""),
        CaseAction.Pause => (c, a, now) => c.Pause(a, now, f.Text ?? ""),
        CaseAction.Resume => (c, a, now) => c.Resume(a, now),
        CaseAction.Assign => (c, a, now) => c.Assign(a, now, f.DepartmentId, f.AssigneeId,
            $"{lookups.DepartmentName(f.DepartmentId)} / {lookups.StaffName(f.AssigneeId)}"),
        CaseAction.Edit => (c, a, now) => c.Edit(a, now, f.Title ?? "", f.Description ?? "", f.Demands, f.Place, c.OccurredAt),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Not a step with a form."),
    };
}
