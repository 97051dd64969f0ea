namespace GuestLoop.Domain.Cases;

/// <summary>
/// The longest free text GuestLoop stores, in one place: long enough for any honest guest or colleague, short enough
/// that a runaway client cannot fill the database through one field.
/// </summary>
public static class TextLimits
{
    public const int Title = 200;
    public const int Name = 100;
    public const int Place = 200;

    /// <summary>References to other systems, preferences and other single words or phrases.</summary>
    public const int Short = 200;

    public const int Demands = 2_000;

    /// <summary>Descriptions, notes, replies, plans, findings, analyses.</summary>
    public const int Text = 10_000;

    /// <summary>
    /// The field error for a text longer than <paramref name="max"/> or holding the NUL character (which nobody types
    /// and PostgreSQL cannot store), or null.
    /// </summary>
    public static string? Error(string? value, int max) =>
        value is null ? null
        : value.Length > max ? $"At most {max} characters."
        : value.Contains('\0') ? "A text cannot contain the NUL character."
        : null;

    /// <summary>Adds the field error to <paramref name="errors"/> when the text is longer than <paramref name="max"/>.</summary>
    public static void Check(FieldErrors errors, string field, string? value, int max)
    {
        if (Error(value, max) is { } message)
        {
            errors.TryAdd(field, message);
        }
    }
}
