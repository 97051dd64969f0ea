namespace GuestLoop.Domain.Cases;

/// <summary>
/// The name an uploaded file is kept under (evidence, imports, calendar feeds): the last path segment as sent, without
/// the invisible direction marks (bidi controls) that make "gpj.exe" display as "exe.jpg", without other control
/// characters, at most 200 characters.
/// </summary>
public static class StoredFileName
{
    public const int MaxLength = 200;
    public const string Fallback = "evidence";

    public static string Clean(string? raw, string fallback = Fallback)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return fallback;
        }

        var name = raw[(raw.LastIndexOfAny(['/', '\\']) + 1)..];
        var kept = new System.Text.StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (!IsBidiControl(c) && !char.IsControl(c))
            {
                kept.Append(c);
            }
        }

        var cleaned = kept.ToString().Trim();
        if (cleaned.Length > MaxLength)
        {
            // Never end on half of a surrogate pair.
            var cut = char.IsHighSurrogate(cleaned[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
            cleaned = cleaned[..cut];
        }

        return cleaned.Length == 0 || cleaned is "." or ".." ? fallback : cleaned;
    }

    /// <summary>U+202A–U+202E (embeddings and overrides), U+2066–U+2069 (isolates), U+200E/U+200F (marks), U+061C (Arabic letter mark).</summary>
    public static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';
}
