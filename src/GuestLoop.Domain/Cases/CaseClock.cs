using GuestLoop.Domain.Sla;

namespace GuestLoop.Domain.Cases;

/// <summary>
/// Derives every stage deadline of a case from its status timeline, its pauses, the policy's targets
/// and the property's calendar. Deriving (not storing) the clock is what lets a calendar or policy
/// change recompute the open deadlines with the same rules.
/// </summary>
public static class CaseClock
{
    private static int Rank(CaseStatus s) => (int)s;

    private static (CaseStatus Start, CaseStatus Exit) Span(SlaStage stage) => stage switch
    {
        SlaStage.Response => (CaseStatus.Received, CaseStatus.Triaged),
        SlaStage.Investigation => (CaseStatus.Triaged, CaseStatus.PlanProposed),
        SlaStage.Plan => (CaseStatus.PlanProposed, CaseStatus.PlanApproved),
        SlaStage.Execution => (CaseStatus.PlanApproved, CaseStatus.Replied),
        SlaStage.Reply => (CaseStatus.Received, CaseStatus.Replied),
        SlaStage.FollowUp => (CaseStatus.Replied, CaseStatus.Closed),
        SlaStage.Resolution => (CaseStatus.Received, CaseStatus.Closed),
        // Met by the recognise step, not by a status: see Compute.
        SlaStage.Recognition => (CaseStatus.Received, CaseStatus.Closed),
        // Met by a recorded finding, not by a status: see Compute.
        SlaStage.InitialInvestigation => (CaseStatus.Received, CaseStatus.Closed),
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };

    public static IReadOnlyList<StageDeadline> Compute(Case @case, IReadOnlyList<SlaTarget> targets, WorkingCalendar calendar)
    {
        var cycleStart = @case.CycleStartedAt;
        var timeline = @case.History.Chronological()
            .Where(e => e.After is not null && e.At >= cycleStart && Enum.TryParse<CaseStatus>(e.After, out _))
            .Select(e => (e.At, Status: Enum.Parse<CaseStatus>(e.After!)))
            .ToList();
        if (timeline.Count == 0 || timeline[0].At > cycleStart)
        {
            timeline.Insert(0, (cycleStart, CaseStatus.Received));
        }

        var pauses = @case.Pauses.Where(p => (p.End ?? DateTimeOffset.MaxValue) > cycleStart)
            .Select(p => new PauseInterval(p.Start, p.End)).ToList();
        var result = new List<StageDeadline>(targets.Count);
        foreach (var target in targets)
        {
            var (start, exit) = Span(target.Stage);
            DateTimeOffset? startedAt = target.Anchor == TargetAnchor.CaseReceived
                ? cycleStart
                : FirstReached(timeline, Rank(start), cycleStart);
            if (startedAt is null)
            {
                continue;
            }

            var metAt = target.Stage switch
            {
                SlaStage.Recognition => FirstStep(@case, startedAt.Value, CaseAction.Recognise),
                SlaStage.InitialInvestigation => FirstStep(@case, startedAt.Value, CaseAction.RecordFinding, CaseAction.ProposePlan),
                _ => FirstReached(timeline, Rank(exit), startedAt.Value),
            };
            var relevantPauses = metAt is { } met ? pauses.Where(p => p.Start < met).ToList() : pauses;
            var due = DeadlineCalculator.Due(calendar, target, startedAt.Value, relevantPauses);
            var provisional = due is { } at && target.Unit is DurationUnit.WorkingDays or DurationUnit.WorkingHours && calendar.IsProvisional(at);
            result.Add(new StageDeadline(target.Stage, target, startedAt.Value, due, metAt, provisional));
        }

        return result;
    }

    private static DateTimeOffset? FirstStep(Case @case, DateTimeOffset notBefore, params CaseAction[] actions) =>
        @case.History.Where(e => actions.Contains(e.Action) && e.At >= notBefore).Select(e => (DateTimeOffset?)e.At).Min();

    private static DateTimeOffset? FirstReached(List<(DateTimeOffset At, CaseStatus Status)> timeline, int rank, DateTimeOffset notBefore)
    {
        foreach (var (at, status) in timeline)
        {
            if (at >= notBefore && Rank(status) >= rank)
            {
                return at;
            }
        }

        return null;
    }
}
