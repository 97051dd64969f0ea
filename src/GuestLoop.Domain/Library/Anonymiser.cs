using System.Text.RegularExpressions;

namespace GuestLoop.Domain.Library;

/// <summary>
/// Strips a guest's personal data from text for a teaching case: the names given, mobile and landline numbers,
/// email addresses and ID numbers. The editor reviews the result; this is the first pass, not the last.
/// </summary>
public static partial class Anonymiser
{
    public const string Guest = "宾客";
    public const string Masked = "***";

    public static string Strip(string? text, IEnumerable<string?> names)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var result = IdNumber().Replace(text, Masked);
        result = Email().Replace(result, Masked);
        result = Phone().Replace(result, Masked);
        foreach (var name in names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim()).OrderByDescending(n => n.Length))
        {
            result = result.Replace(name, Guest, StringComparison.OrdinalIgnoreCase);
            // "张伟" is also written "张先生" / "张女士"; the surname alone is enough to identify in a small hotel.
            if (name.Length is >= 2 and <= 4 && name.All(c => c >= '\u4e00' && c <= '\u9fff'))
            {
                result = result.Replace(name[0] + "先生", Guest).Replace(name[0] + "女士", Guest);
            }
        }

        return result;
    }

    [GeneratedRegex(@"(?<!\d)\d{17}[\dXx](?!\d)")]
    private static partial Regex IdNumber();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<!\d)(\+?86[- ]?)?(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})(?!\d)")]
    private static partial Regex Phone();
}
