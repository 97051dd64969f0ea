namespace GuestLoop.Domain;

/// <summary>Base of the typed domain errors: each has a <see cref="Kind"/>, and an invalid one the field errors.</summary>
public abstract class DomainException : Exception
{
    /// <summary>A forbidden, conflicting or not-found error; an invalid one needs its field errors.</summary>
    protected DomainException(DomainErrorKind kind, string message) : base(message)
    {
        ArgumentOutOfRangeException.ThrowIfEqual(kind, DomainErrorKind.Invalid);
        Kind = kind;
        Errors = FieldErrors.None;
    }

    /// <summary>An invalid input; the errors are copied, so the builder that collected them may change afterwards.</summary>
    protected DomainException(IReadOnlyDictionary<string, string[]> errors, string message) : base(message)
    {
        Kind = DomainErrorKind.Invalid;
        Errors = errors.ToDictionary();
    }

    public DomainErrorKind Kind { get; }

    /// <summary>The problems by field (the API's field names), in the order found; empty unless the kind is invalid.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }
}
