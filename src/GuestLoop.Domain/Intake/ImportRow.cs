using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GuestLoop.Domain.Cases;

namespace GuestLoop.Domain.Intake;

/// <summary>One data row of an imported file, by the line (CSV) or row number (spreadsheet) a person sees.</summary>
public sealed record ImportRow(int Line, IReadOnlyDictionary<ImportField, string> Values)
{
    public string? this[ImportField field] => Values.TryGetValue(field, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    /// <summary>
    /// What makes a row the same row when a file is imported again: the external reference when there is one,
    /// otherwise a hash of the mapped values.
    /// </summary>
    public string DedupeKey()
    {
        if (this[ImportField.ExternalRef] is { } reference)
        {
            return "ref:" + reference;
        }

        var text = string.Join("\u001f", Values.OrderBy(v => v.Key).Select(v => $"{v.Key}={v.Value.Trim()}"));
        return "row:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The case this row describes, or the reasons it cannot be imported.</summary>
    public (NewCase? Case, IReadOnlyList<string> Errors) ToNewCase(Guid propertyId, DateTimeOffset now)
    {
        var errors = new List<string>();
        var kind = Choice(ImportField.Kind, ImportLabels.Kinds, CaseKind.Complaint, errors);
        var channel = Choice(ImportField.Channel, ImportLabels.Channels, Channel.Platform, errors);
        var category = Choice(ImportField.Category, ImportLabels.Categories, Category.Unclassified, errors);
        var severity = Choice(ImportField.Severity, ImportLabels.Severities, Severity.General, errors);
        var occurred = Instant(ImportField.OccurredAt, errors);
        var received = Instant(ImportField.ReceivedAt, errors);
        if (this[ImportField.ExternalRef] is { Length: > 200 })
        {
            errors.Add("externalRef: at most 200 characters.");
        }

        var newCase = new NewCase(propertyId, kind, channel, this[ImportField.Title] ?? string.Empty, this[ImportField.Description] ?? string.Empty,
            new Complainant(this[ImportField.CustomerName], this[ImportField.CustomerPhone], this[ImportField.CustomerEmail]),
            this[ImportField.Demands], this[ImportField.Place], occurred, received, this[ImportField.ExternalRef], category, severity);
        errors.AddRange(newCase.Validate(now).SelectMany(e => e.Value.Select(m => $"{Column(e.Key)}: {m}")));
        return (errors.Count == 0 ? newCase : null, errors);
    }

    private T Choice<T>(ImportField field, IReadOnlyDictionary<string, T> labels, T fallback, List<string> errors) where T : struct, Enum
    {
        if (this[field] is not { } text)
        {
            return fallback;
        }

        if (labels.TryGetValue(text, out var labelled) || Enum.TryParse(text, ignoreCase: true, out labelled) && !int.TryParse(text, out _))
        {
            return labelled;
        }

        errors.Add($"{Camel(field)}: '{text}' is not one of {string.Join("|", labels.Keys)}.");
        return fallback;
    }

    private DateTimeOffset? Instant(ImportField field, List<string> errors)
    {
        if (this[field] is not { } text)
        {
            return null;
        }

        // Spreadsheets and people write local China time without an offset; an explicit offset or Z is kept.
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.RoundtripKind, out var parsed))
        {
            return parsed.Kind == DateTimeKind.Unspecified
                ? new DateTimeOffset(parsed, ImportLabels.ChinaOffset).ToUniversalTime()
                : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces).ToUniversalTime();
        }

        errors.Add($"{Camel(field)}: '{text}' is not a date and time.");
        return null;
    }

    private static string Camel(ImportField field) => char.ToLowerInvariant(field.ToString()[0]) + field.ToString()[1..];

    /// <summary>A field of the case as the file's column is named: customer.email is the column customerEmail.</summary>
    private static string Column(string field) =>
        field.StartsWith("customer.", StringComparison.Ordinal) && field.Length > 9 ? "customer" + char.ToUpperInvariant(field[9]) + field[10..] : field;
}
