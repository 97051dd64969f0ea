using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Tests.Cases;

/// <summary>Cases and actors for the lifecycle tests, walked to any status along their kind's path.</summary>
public static class CaseBuilder
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
    public static readonly Actor Manager = new(Guid.NewGuid(), "manager", AuthorityLevel.Level1);
    public static readonly Actor Head = new(Guid.NewGuid(), "head", AuthorityLevel.Level2);
    public static readonly Actor BusinessHead = new(Guid.NewGuid(), "business head", AuthorityLevel.Level3);
    public static readonly Actor Clerk = new(Guid.NewGuid(), "clerk", AuthorityLevel.None);

    public static readonly ResponsibilityDetermination Responsibility = new(true, true, true, false, true, "客房部", "服务员");

    public static Case New(CaseKind kind = CaseKind.Complaint) =>
        Case.Receive(new NewCase(Guid.NewGuid(), kind, Channel.Web, "房间不干净", "床单有污渍"), "C-1", "token", Actor.Guest("张伟"), T0);

    /// <summary>Takes the step with sensible arguments, as the given actor.</summary>
    public static void Do(this Case c, CaseAction action, Actor? actor = null, Severity severity = Severity.General, bool business = false, int satisfaction = 5)
    {
        var a = actor ?? Manager;
        var now = c.History[^1].At.AddMinutes(10);
        switch (action)
        {
            case CaseAction.Triage: c.Triage(a, now, Category.Hygiene, severity, CaseObject.Service, Assessment.Default, business); break;
            case CaseAction.StartInvestigation: c.StartInvestigation(a, now); break;
            case CaseAction.ProposePlan: c.ProposePlan(a, now, "属实", Responsibility, "更换房间并致歉"); break;
            case CaseAction.ApprovePlan: c.ApprovePlan(a, now, "同意"); break;
            case CaseAction.RejectPlan: c.RejectPlan(a, now, "补充调查"); break;
            case CaseAction.StartExecution: c.StartExecution(a, now, null); break;
            case CaseAction.Reply: c.Reply(a, now, "已处理，深表歉意"); break;
            case CaseAction.RecordFollowUp: c.RecordFollowUp(a, now, new FollowUpRecord("phone", satisfaction, null)); break;
            case CaseAction.Close: c.Close(a, now, "办结"); break;
            case CaseAction.Reopen: c.Reopen(a, now, "宾客再次投诉"); break;
            case CaseAction.Pause: c.Pause(a, now, "等待宾客"); break;
            case CaseAction.Resume: c.Resume(a, now); break;
            case CaseAction.InterimReply: c.InterimReply(a, now, "正在处理", new DateOnly(2026, 3, 10)); break;
            case CaseAction.Assign: c.Assign(a, now, Guid.NewGuid(), null, "客房部"); break;
            case CaseAction.Edit: c.Edit(a, now, "房间卫生差", c.Description, c.Demands, c.Place, c.OccurredAt); break;
            case CaseAction.AddNote: c.AddNote(a, now, "已联系"); break;
            case CaseAction.RecordFinding: c.RecordFinding(a, now, "与宾客电话确认：床单有污渍，希望更换房间"); break;
            case CaseAction.AddEvidence: c.AddEvidence(a, new CaseEvidence("a.jpg", "image/jpeg", 10, "k", "h", now, a.Name, false)); break;
            default: throw new ArgumentOutOfRangeException(nameof(action));
        }
    }

    /// <summary>The complaint path in order, as the manager.</summary>
    public static readonly CaseAction[] ComplaintPath =
    [
        CaseAction.Triage, CaseAction.StartInvestigation, CaseAction.ProposePlan, CaseAction.ApprovePlan,
        CaseAction.StartExecution, CaseAction.Reply, CaseAction.RecordFollowUp, CaseAction.Close,
    ];

    public static Case ComplaintAt(CaseStatus status, Severity severity = Severity.General, bool business = false)
    {
        var c = New();
        foreach (var action in ComplaintPath)
        {
            if (c.Status == status)
            {
                break;
            }

            c.Do(action, Manager, severity, business);
        }

        Assert.Equal(status, c.Status);
        return c;
    }
}
