using System.Text.RegularExpressions;

namespace GuestLoop.Domain.Replies;

/// <summary>
/// The text of a canned reply with its placeholders (<c>{{guest.name}}</c>, <c>{{case.number}}</c>, …): which names a
/// template may use, and the text with them filled in for one case. A value that is not known for the case (a guest who
/// gave no name) is filled with the caller's fallback, never left as a code the guest would read.
/// </summary>
public static partial class CannedReplyText
{
    public const int BodyMax = 4000;
    public const int NameMax = 100;

    public const string GuestName = "guest.name";
    public const string CaseNumber = "case.number";
    public const string CaseTitle = "case.title";
    public const string CaseDeadline = "case.deadline";
    public const string PropertyName = "property.name";
    public const string StaffName = "staff.name";

    /// <summary>Every placeholder a template may use, in the order the editor lists them.</summary>
    public static readonly IReadOnlyList<string> Placeholders = [GuestName, CaseNumber, CaseTitle, CaseDeadline, PropertyName, StaffName];

    [GeneratedRegex(@"\{\{\s*([A-Za-z.]+)\s*\}\}")]
    private static partial Regex Placeholder();

    /// <summary>The names in <paramref name="body"/> that are not placeholders, each once, in order of appearance.</summary>
    public static IReadOnlyList<string> Unknown(string body) =>
        Placeholder().Matches(body).Select(m => m.Groups[1].Value).Where(n => !Placeholders.Contains(n)).Distinct().ToList();

    /// <summary>The body with each placeholder replaced by its value; a missing or blank value by <paramref name="fallback"/>.</summary>
    public static string Fill(string body, IReadOnlyDictionary<string, string?> values, Func<string, string> fallback) =>
        Placeholder().Replace(body, m =>
        {
            var name = m.Groups[1].Value;
            if (!Placeholders.Contains(name))
            {
                return m.Value;
            }

            return values.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : fallback(name);
        });

    /// <summary>The field errors of a template's name and body (<c>name</c>, <c>body</c>), none when it may be saved.</summary>
    public static FieldErrors Check(string? name, string? body)
    {
        var errors = new FieldErrors();
        var n = name?.Trim() ?? string.Empty;
        if (n.Length == 0)
        {
            errors.Add("name", "The name is required.");
        }
        else if (n.Length > NameMax)
        {
            errors.Add("name", $"At most {NameMax} characters.");
        }

        var b = body?.Trim() ?? string.Empty;
        if (b.Length == 0)
        {
            errors.Add("body", "The text is required.");
        }
        else if (b.Length > BodyMax)
        {
            errors.Add("body", $"At most {BodyMax} characters.");
        }
        else if (Unknown(b) is { Count: > 0 } unknown)
        {
            errors.Add("body", $"Unknown placeholder(s): {string.Join(", ", unknown.Select(u => "{{" + u + "}}"))}. " +
                $"Known: {string.Join(", ", Placeholders.Select(p => "{{" + p + "}}"))}.");
        }

        return errors;
    }
}
