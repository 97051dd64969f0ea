namespace GuestLoop.Domain.Sla;

/// <summary>What happened to an open stage deadline that someone must hear about (DESIGN §4, last paragraph).</summary>
public enum EscalationEvent
{
    /// <summary>A configurable share of the target is used up; the assignee (or the department head) is warned.</summary>
    Approaching,
    /// <summary>The due instant has passed; the assignee and the department head hear of it.</summary>
    Breached,
    /// <summary>Still open a grace period after the breach; level 1 of the property hears of it.</summary>
    BreachedEscalated,
    /// <summary>A guest answered the satisfaction survey unsatisfied; the department head hears of it at once.</summary>
    GuestUnsatisfied,
    /// <summary>An improvement action is past its due date; its owner hears of it.</summary>
    ActionOverdue,
    /// <summary>An improvement action is still overdue a working day later; the owner's head and level 1 hear of it.</summary>
    ActionEscalated,
    /// <summary>A guest praised this staff member; the praise was passed on to them.</summary>
    Praised,
    EarlyWarning,
    /// <summary>A guest reached the repeat-complainant threshold; the service-quality office and level 2 hear of it once.</summary>
    RepeatComplainant,
    /// <summary>A triage lowered the case below the authority that held it; that level hears of it at once.</summary>
    AuthorityLowered,
    /// <summary>From 1 November, a calendar that follows the statutory holidays has no arrangement for next year; administrators hear of it once.</summary>
    ArrangementMissing,
}
