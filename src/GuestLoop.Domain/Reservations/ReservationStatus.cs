namespace GuestLoop.Domain.Reservations;

/// <summary>Where a reservation stands, from the guest's request to their departure.</summary>
public enum ReservationStatus
{
    /// <summary>Asked for, not yet promised: holds no room.</summary>
    Requested,

    /// <summary>Promised: holds one room of its type for each night of the stay.</summary>
    Confirmed,

    CheckedIn,
    CheckedOut,
    Cancelled,

    /// <summary>The guest did not come by the end of the arrival day.</summary>
    NoShow,
}

/// <summary>A step the reservation's status does not allow (HTTP 409), naming both.</summary>
public sealed class ReservationStateException(ReservationStatus status, string step)
    : DomainException(DomainErrorKind.Conflict, $"A reservation that is {status} cannot be {step}.");

/// <summary>A reservation's input that breaks a rule (HTTP 400 with the fields).</summary>
public sealed class ReservationValidationException(IReadOnlyDictionary<string, string[]> errors)
    : DomainException(errors, "The reservation is not valid.");

/// <summary>No room of the type is free on a night of the stay, overbooking limit included (HTTP 409).</summary>
public sealed class NoRoomAvailableException(DateOnly night)
    : DomainException(DomainErrorKind.Conflict, $"No room of this type is free on the night of {night:yyyy-MM-dd}.")
{
    public DateOnly Night { get; } = night;
}
