using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Cases;

/// <summary>
/// The state machine of DESIGN §3: for each kind, which step leads from which status to which.
/// Complaints walk the whole path; the other kinds use their own shorter paths.
/// </summary>
public static class CaseLifecycle
{
    private static readonly Dictionary<(CaseKind, CaseStatus, CaseAction), CaseStatus> Moves = Build();

    public static CaseStatus? Next(CaseKind kind, CaseStatus from, CaseAction action) =>
        Moves.TryGetValue((kind, from, action), out var to) ? to : null;

    /// <summary>Steps that change the status; the others (notes, pauses, assignment) leave it as it is.</summary>
    public static bool IsTransition(CaseAction action) => action is CaseAction.Triage or CaseAction.StartInvestigation
        or CaseAction.ProposePlan or CaseAction.ApprovePlan or CaseAction.RejectPlan or CaseAction.StartExecution
        or CaseAction.Reply or CaseAction.RecordFollowUp or CaseAction.Close or CaseAction.Reopen or CaseAction.MergeInto or CaseAction.CloseAsSpam;

    /// <summary>Decisions taken at the authority level of the case: plan approval and a complaint's closure, by any path.</summary>
    public static bool NeedsAuthority(CaseKind kind, CaseAction action) => action switch
    {
        CaseAction.ApprovePlan or CaseAction.RejectPlan => true,
        CaseAction.Close or CaseAction.MergeInto or CaseAction.CloseAsSpam => kind == CaseKind.Complaint,
        _ => false,
    };

    /// <summary>Major and urgent cases → level 1; a specific business matter → level 3; other general cases → level 2.</summary>
    public static AuthorityLevel RequiredAuthority(Severity severity, bool businessMatter) => severity switch
    {
        Severity.Major or Severity.Urgent => AuthorityLevel.Level1,
        _ when businessMatter => AuthorityLevel.Level3,
        _ => AuthorityLevel.Level2,
    };

    /// <summary>
    /// A classification lowers a case when its severity goes down (urgent → major → general) or, for a case that was not
    /// general, when the authority it needs goes down (level 1 → 2 → 3). Marking a general case a business matter is ordinary triage.
    /// </summary>
    public static bool Lowers(Severity severityBefore, AuthorityLevel requiredBefore, Severity severityAfter, AuthorityLevel requiredAfter) =>
        Rank(severityAfter) < Rank(severityBefore)
        || severityBefore != Severity.General && requiredAfter > requiredBefore;

    private static int Rank(Severity severity) => severity switch
    {
        Severity.Urgent => 2,
        Severity.Major => 1,
        _ => 0,
    };

    /// <summary>The status a reopened case returns to.</summary>
    public static CaseStatus ReopenTo(CaseKind kind) => kind == CaseKind.Complaint ? CaseStatus.Investigating : CaseStatus.Triaged;

    private static Dictionary<(CaseKind, CaseStatus, CaseAction), CaseStatus> Build()
    {
        var m = new Dictionary<(CaseKind, CaseStatus, CaseAction), CaseStatus>();
        void Add(CaseKind k, CaseStatus from, CaseAction a, CaseStatus to) => m[(k, from, a)] = to;

        foreach (var kind in Enum.GetValues<CaseKind>())
        {
            Add(kind, CaseStatus.Received, CaseAction.Triage, CaseStatus.Triaged);
        }

        const CaseKind c = CaseKind.Complaint;
        Add(c, CaseStatus.Triaged, CaseAction.StartInvestigation, CaseStatus.Investigating);
        Add(c, CaseStatus.Investigating, CaseAction.ProposePlan, CaseStatus.PlanProposed);
        Add(c, CaseStatus.PlanProposed, CaseAction.ApprovePlan, CaseStatus.PlanApproved);
        Add(c, CaseStatus.PlanProposed, CaseAction.RejectPlan, CaseStatus.Investigating);
        Add(c, CaseStatus.PlanApproved, CaseAction.StartExecution, CaseStatus.Executing);
        Add(c, CaseStatus.Executing, CaseAction.Reply, CaseStatus.Replied);
        Add(c, CaseStatus.Replied, CaseAction.RecordFollowUp, CaseStatus.FollowUp);
        Add(c, CaseStatus.FollowUp, CaseAction.Close, CaseStatus.Closed);

        Add(CaseKind.Suggestion, CaseStatus.Triaged, CaseAction.Reply, CaseStatus.Replied);
        Add(CaseKind.Suggestion, CaseStatus.Replied, CaseAction.Close, CaseStatus.Closed);

        Add(CaseKind.Praise, CaseStatus.Triaged, CaseAction.Reply, CaseStatus.Replied);
        Add(CaseKind.Praise, CaseStatus.Triaged, CaseAction.Close, CaseStatus.Closed);
        Add(CaseKind.Praise, CaseStatus.Replied, CaseAction.Close, CaseStatus.Closed);

        Add(CaseKind.Request, CaseStatus.Triaged, CaseAction.StartExecution, CaseStatus.Executing);
        Add(CaseKind.Request, CaseStatus.Executing, CaseAction.Reply, CaseStatus.Replied);
        Add(CaseKind.Request, CaseStatus.Executing, CaseAction.Close, CaseStatus.Closed);
        Add(CaseKind.Request, CaseStatus.Replied, CaseAction.Close, CaseStatus.Closed);

        Add(CaseKind.Inquiry, CaseStatus.Received, CaseAction.Reply, CaseStatus.Replied);
        Add(CaseKind.Inquiry, CaseStatus.Triaged, CaseAction.Reply, CaseStatus.Replied);
        Add(CaseKind.Inquiry, CaseStatus.Replied, CaseAction.Close, CaseStatus.Closed);

        // A duplicate is closed by merging it into the case that carries on, and spam is closed, from any open status.
        foreach (var kind in Enum.GetValues<CaseKind>())
        {
            foreach (var from in Enum.GetValues<CaseStatus>().Where(s => s != CaseStatus.Closed))
            {
                Add(kind, from, CaseAction.MergeInto, CaseStatus.Closed);
                Add(kind, from, CaseAction.CloseAsSpam, CaseStatus.Closed);
            }
        }

        foreach (var kind in Enum.GetValues<CaseKind>())
        {
            var reopenTo = ReopenTo(kind);
            foreach (var from in new[] { CaseStatus.Replied, CaseStatus.FollowUp, CaseStatus.Closed })
            {
                if (kind != CaseKind.Complaint && from == CaseStatus.FollowUp)
                {
                    continue;
                }

                Add(kind, from, CaseAction.Reopen, reopenTo);
            }
        }

        return m;
    }
}
