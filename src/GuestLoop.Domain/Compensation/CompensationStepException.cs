namespace GuestLoop.Domain.Compensation;

/// <summary>A remedy or compensation step that its current state does not allow (HTTP 409).</summary>
public sealed class CompensationStepException(string state, string step)
    : DomainException(DomainErrorKind.Conflict, $"'{step}' is not allowed while it is {state}.")
{
    public string State { get; } = state;
    public string Step { get; } = step;
}
