using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GuestLoop.Domain;
using GuestLoop.Domain.Cases;

namespace GuestLoop.Web.Features.Cases;

/// <summary>POST /api/v1/cases: the request as sent, checked field by field before anything is written.</summary>
public sealed record CreateCaseRequest(
    string? Kind,
    string? Channel,
    string? Property,
    string? Title,
    string? Description,
    string? OccurredAt,
    string? ReceivedAt,
    CustomerInput? Customer,
    string? Demands,
    string? Place,
    string? ExternalRef,
    IReadOnlyList<Guid>? PraisedStaffIds = null,
    string? PraisedNames = null)
{
    public string Fingerprint() =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(this))));

    /// <summary>
    /// Checks the shape of the request; the property and the praised staff are resolved by the caller. Null when a field
    /// is wrong: its problem is in <paramref name="errors"/>.
    /// </summary>
    public NewCase? ToNewCase(Guid propertyId, DateTimeOffset now, FieldErrors errors, IReadOnlyList<PraisedStaff>? praised = null)
    {
        var kind = ParseEnum<CaseKind>("kind", Kind, errors);
        var channel = ParseEnum<Channel>("channel", Channel, errors);
        var occurred = ParseInstant("occurredAt", OccurredAt, errors);
        var received = ParseInstant("receivedAt", ReceivedAt, errors);
        if (string.IsNullOrWhiteSpace(Property))
        {
            errors.Add("property", "The property code is required.");
        }

        var newCase = new NewCase(propertyId, kind ?? default, channel ?? default, Title ?? string.Empty, Description ?? string.Empty,
            new Complainant(Trim(Customer?.Name), Trim(Customer?.Phone), Trim(Customer?.Email), Trim(Customer?.IdNumber)),
            Demands, Place, occurred, received, ExternalRef, PraisedStaff: praised, PraisedNames: PraisedNames);
        errors.Add(newCase.Validate(now));
        return errors.Any ? null : newCase;
    }

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    internal static T? ParseEnum<T>(string field, string? value, FieldErrors errors) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, $"'{field}' is required.");
            return null;
        }

        // Names only: not a number, and not several names joined by commas (TryParse would OR them into a value no name has).
        if (Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && !int.TryParse(value, out _) && Enum.IsDefined(parsed))
        {
            return parsed;
        }

        var allowed = string.Join("|", Enum.GetNames<T>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]));
        errors.Add(field, $"'{value}' is not one of {allowed}.");
        return null;
    }

    /// <summary>An ISO-8601 instant as UTC (no offset means UTC), or a field error.</summary>
    public static DateTimeOffset? ParseInstant(string field, string? value, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return parsed.ToUniversalTime();
        }

        errors.Add(field, "Not an ISO-8601 date and time.");
        return null;
    }
}

public sealed record CustomerInput(string? Name, string? Phone, string? Email, string? IdNumber = null);
