using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Cases;

/// <summary>Remedies and compensations live beside the case; each of their steps leaves a line in its history.</summary>
public sealed partial class Case
{
    private static readonly CaseAction[] RemedialActions =
    [
        CaseAction.PlanRemedy, CaseAction.CompleteRemedy, CaseAction.VerifyRemedy, CaseAction.ProposeCompensation,
        CaseAction.ApproveCompensation, CaseAction.RejectCompensation, CaseAction.NegotiateCompensation,
        CaseAction.AgreeCompensation, CaseAction.PayCompensation,
    ];

    public void RecordRemedial(Actor actor, DateTimeOffset now, CaseAction action, string detail, string? before = null, string? after = null)
    {
        if (!RemedialActions.Contains(action))
        {
            throw new ArgumentOutOfRangeException(nameof(action), action, "Not a remedy or compensation step.");
        }

        RequireText("detail", detail);
        Record(now, actor, action, detail, before, after);
    }
}
