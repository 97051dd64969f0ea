using System.Globalization;

namespace GuestLoop.Domain.Maintenance;

/// <summary>The length rules of maintenance texts, checked into field errors under the API's field names.</summary>
internal static class MaintenanceText
{
    /// <summary>"Required." for a blank text, a limit for a long one.</summary>
    public static void Require(FieldErrors errors, string field, string? text, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, "Required.");
        }
        else
        {
            Limit(errors, field, text, max);
        }
    }

    /// <summary>An optional text: only its length is checked.</summary>
    public static void Limit(FieldErrors errors, string field, string? text, int max)
    {
        if (text is not null && text.Trim().Length > max)
        {
            errors.Add(field, $"At most {max.ToString("N0", CultureInfo.InvariantCulture)} characters.");
        }
    }

    public static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
