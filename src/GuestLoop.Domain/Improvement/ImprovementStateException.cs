namespace GuestLoop.Domain.Improvement;

/// <summary>The step is not allowed in the action's current state (HTTP 409).</summary>
public sealed class ImprovementStateException(ImprovementState state, string step)
    : DomainException(DomainErrorKind.Conflict, $"'{step}' is not allowed while the improvement action is {state}.")
{
    public ImprovementState State { get; } = state;
}
