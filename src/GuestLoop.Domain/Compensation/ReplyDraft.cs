using GuestLoop.Domain.Cases;

namespace GuestLoop.Domain.Compensation;

/// <summary>
/// What a written reply to the guest draws on (DESIGN §5, §6): the findings, the handling plan once it is approved,
/// the remedial measures — done ones as done, planned ones with their date — and the compensation the enterprise has
/// approved. A plan still waiting for approval or sent back, refused compensation and internal notes never reach the guest.
/// </summary>
public sealed record ReplyDraft(string Guest, string? Findings, IReadOnlyList<Remedy> Done, IReadOnlyList<Remedy> Planned,
    IReadOnlyList<GuestCompensation> Compensations, string? ApprovedPlan = null)
{
    public static ReplyDraft From(Case @case, IEnumerable<Remedy> remedies, IEnumerable<GuestCompensation> compensations)
    {
        var list = remedies.OrderBy(r => r.CreatedAt).ToList();
        return new ReplyDraft(
            @case.Complainant.Name is { Length: > 0 } name ? name : string.Empty,
            string.IsNullOrWhiteSpace(@case.Findings) ? null : @case.Findings.Trim(),
            [.. list.Where(r => r.State != RemedyState.Planned)],
            [.. list.Where(r => r.State == RemedyState.Planned)],
            [.. compensations.Where(c => c.IsApproved).OrderBy(c => c.ProposedAt)],
            PlanApproved(@case) && !string.IsNullOrWhiteSpace(@case.Plan) ? @case.Plan.Trim() : null);
    }

    /// <summary>The plan's last decision approved it (a plan proposed again after that waits for its own approval).</summary>
    private static bool PlanApproved(Case @case) =>
        @case.History.LastOrDefault(e => e.Action is CaseAction.ProposePlan or CaseAction.ApprovePlan or CaseAction.RejectPlan)?.Action
            == CaseAction.ApprovePlan;
}
