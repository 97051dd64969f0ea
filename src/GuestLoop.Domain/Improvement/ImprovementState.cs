namespace GuestLoop.Domain.Improvement;

/// <summary>Open → done → effective; a check that finds it not effective sends the action back to open.</summary>
public enum ImprovementState
{
    Open,
    Done,
    Effective,
}
