namespace GuestLoop.Domain.Compensation;

/// <summary>How the guest is compensated; the amount is the value given in any of these forms.</summary>
public enum CompensationMethod
{
    Cash,
    InKind,
    ServiceFree,
    ServiceDiscounted,
    OtherAgreed,
}
