namespace GuestLoop.Domain.Cases;

/// <summary>Where the case came in; each channel of a property has a responsible owner.</summary>
public enum Channel
{
    Onsite,
    Phone,
    Web,
    Social,
    Email,
    Platform,
    Guide,
    Survey,
}
