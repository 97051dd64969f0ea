using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Cases;

/// <summary>
/// A guest's voice carried through the service standard. The aggregate guards its own state:
/// one method per step, a typed exception when the step is not allowed, and an append-only history.
/// </summary>
public sealed partial class Case
{
    public const int TitleMax = TextLimits.Title;
    public const int DescriptionMax = TextLimits.Text;

    private readonly List<CaseEvent> _history = [];
    private readonly List<CaseReply> _replies = [];
    private readonly List<CasePause> _pauses = [];

    private Case()
    {
        Number = string.Empty;
        Title = string.Empty;
        Description = string.Empty;
        TrackingToken = string.Empty;
        Complainant = Complainant.Anonymous;
    }

    public Guid Id { get; private set; }
    public string Number { get; private set; }
    public Guid PropertyId { get; private set; }
    public CaseKind Kind { get; private set; }
    public Channel Channel { get; private set; }
    public CaseStatus Status { get; private set; }
    public Category Category { get; private set; }
    public Severity Severity { get; private set; }
    public CaseObject? Object { get; private set; }
    public Assessment? Assessment { get; private set; }
    public bool BusinessMatter { get; private set; }
    public string Title { get; private set; }
    public string Description { get; private set; }
    public string? Demands { get; private set; }
    public string? Place { get; private set; }
    public DateTimeOffset? OccurredAt { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }
    public string? ExternalRef { get; private set; }
    public Complainant Complainant { get; private set; }
    public Guid? DepartmentId { get; private set; }
    public Guid? AssigneeId { get; private set; }
    public string? Findings { get; private set; }
    public ResponsibilityDetermination? Responsibility { get; private set; }
    public string? Plan { get; private set; }
    public string? PlanDecisionNote { get; private set; }
    public FollowUpRecord? FollowUp { get; private set; }
    public string? ClosingSummary { get; private set; }
    public int ReopenCount { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Start of the current handling cycle: receipt, or the last reopening.</summary>
    public DateTimeOffset CycleStartedAt { get; private set; }

    /// <summary>Private token of the guest's tracking link.</summary>
    public string TrackingToken { get; private set; }

    public IReadOnlyList<CaseEvent> History => _history;
    public IReadOnlyList<CaseReply> Replies => _replies;
    public IReadOnlyList<CasePause> Pauses => _pauses;

    public bool IsPaused => _pauses.Any(p => p.End is null);
    public bool IsClosed => Status == CaseStatus.Closed;
    public AuthorityLevel RequiredAuthority => CaseLifecycle.RequiredAuthority(Severity, BusinessMatter);

    public static Case Receive(NewCase input, string number, string trackingToken, Actor actor, DateTimeOffset now)
    {
        var errors = input.Validate(now);
        errors.ThrowIfAny();

        var receivedAt = input.ReceivedAt ?? now;
        var @case = new Case
        {
            Id = Guid.NewGuid(),
            Number = number,
            PropertyId = input.PropertyId,
            Kind = input.Kind,
            Channel = input.Channel,
            Status = CaseStatus.Received,
            Category = input.Category ?? Category.Unclassified,
            Severity = input.Severity ?? Severity.General,
            Title = input.Title.Trim(),
            Description = input.Description,
            Demands = input.Demands,
            Place = input.Place,
            OccurredAt = input.OccurredAt?.ToUniversalTime(),
            ReceivedAt = receivedAt.ToUniversalTime(),
            CycleStartedAt = receivedAt.ToUniversalTime(),
            ExternalRef = input.ExternalRef,
            Complainant = input.Complainant ?? Complainant.Anonymous,
            PraisedNames = string.IsNullOrWhiteSpace(input.PraisedNames) ? null : input.PraisedNames.Trim(),
            TrackingToken = trackingToken,
            UpdatedAt = now,
        };
        @case._praisedStaff.AddRange(input.PraisedStaff ?? []);
        @case.Record(now, actor, CaseAction.Receive, $"{input.Kind} via {input.Channel}", after: CaseStatus.Received.ToString(), isPublic: true);
        return @case;
    }

    /// <summary>The steps this actor may take now; the workspace shows a button for each.</summary>
    public IReadOnlyList<CaseAction> AllowedActions(Actor actor)
    {
        var allowed = new List<CaseAction>();
        foreach (var action in Enum.GetValues<CaseAction>())
        {
            // Merging needs a second case, so it is offered beside the duplicate candidates, not as a plain step; spam is
            // closed from the inbox's selection.
            if (action is CaseAction.Receive or CaseAction.MergeInto or CaseAction.CloseAsSpam || !CanDoNow(action))
            {
                continue;
            }

            if (CaseLifecycle.NeedsAuthority(Kind, action) && !actor.Authority.Covers(RequiredAuthority))
            {
                continue;
            }

            allowed.Add(action);
        }

        return allowed;
    }

    private bool CanDoNow(CaseAction action) => action switch
    {
        CaseAction.AddNote => true,
        CaseAction.RecordFinding => Kind == CaseKind.Complaint && !IsClosed && Status < CaseStatus.PlanProposed,
        CaseAction.Pause => !IsClosed && !IsPaused,
        CaseAction.Resume => IsPaused,
        CaseAction.InterimReply or CaseAction.Assign or CaseAction.Edit or CaseAction.AddEvidence => !IsClosed,
        CaseAction.Reopen when MergedIntoId is not null => false,
        _ when CaseLifecycle.IsTransition(action) => CaseLifecycle.Next(Kind, Status, action) is not null,
        _ => false,
    };

    private void Record(DateTimeOffset at, Actor actor, CaseAction action, string? detail = null,
        string? before = null, string? after = null, bool isPublic = false)
    {
        _history.Add(new CaseEvent(at, actor.StaffId, actor.Name, action, detail, before, after, isPublic)
        {
            Sequence = _history.Count == 0 ? 1 : _history.Max(e => e.Sequence) + 1,
        });
        UpdatedAt = at;
    }
}
