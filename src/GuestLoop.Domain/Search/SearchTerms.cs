using System.Globalization;
using System.Text;

namespace GuestLoop.Domain.Search;

/// <summary>
/// Turns Chinese and English text into index terms without a dictionary: a run of CJK characters becomes its
/// overlapping character bigrams (电梯故障 → 电梯 梯故 故障), a lone CJK character stays itself, and a Latin word or
/// number is lower-cased. A two-character word then matches wherever it appears, and a longer query matches
/// where all its bigrams appear.
/// </summary>
public static class SearchTerms
{
    /// <summary>The longest Latin word kept; longer ones are cut, so a pasted token cannot bloat the index.</summary>
    public const int MaxWordLength = 40;

    public static IReadOnlyList<string> Of(string? text)
    {
        var terms = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return terms;
        }

        // Full-width letters and digits (ＷｉＦｉ，１２０８) become their ASCII forms.
        text = text.Normalize(NormalizationForm.FormKC);
        var i = 0;
        while (i < text.Length)
        {
            var kind = KindOf(text, i);
            if (kind == CharKind.Other)
            {
                i += CharLength(text, i);
                continue;
            }

            var start = i;
            var runes = new List<string>();
            while (i < text.Length && KindOf(text, i) == kind)
            {
                var length = CharLength(text, i);
                runes.Add(text.Substring(i, length));
                i += length;
            }

            if (kind == CharKind.Cjk)
            {
                AddCjk(runes, terms);
            }
            else
            {
                var word = text[start..i].ToLowerInvariant();
                terms.Add(word.Length > MaxWordLength ? word[..MaxWordLength] : word);
            }
        }

        return terms;
    }

    /// <summary>The terms as one space-separated string, the form stored in a search document.</summary>
    public static string Document(params string?[] texts)
    {
        var builder = new StringBuilder();
        foreach (var text in texts)
        {
            foreach (var term in Of(text))
            {
                if (builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(term);
            }
        }

        return builder.ToString();
    }

    internal static bool IsCjk(int codePoint) =>
        codePoint is >= 0x4E00 and <= 0x9FFF // CJK unified ideographs
            or >= 0x3400 and <= 0x4DBF // extension A
            or >= 0x20000 and <= 0x2FA1F // extensions B–F and compatibility supplement
            or >= 0xF900 and <= 0xFAFF // compatibility ideographs
            or >= 0x3040 and <= 0x30FF // kana
            or >= 0xAC00 and <= 0xD7AF; // hangul syllables

    private static void AddCjk(List<string> runes, List<string> terms)
    {
        if (runes.Count == 1)
        {
            terms.Add(runes[0]);
            return;
        }

        for (var k = 0; k + 1 < runes.Count; k++)
        {
            terms.Add(runes[k] + runes[k + 1]);
        }
    }

    private static CharKind KindOf(string text, int index)
    {
        var codePoint = CharLength(text, index) == 2 ? char.ConvertToUtf32(text[index], text[index + 1]) : text[index];
        if (IsCjk(codePoint))
        {
            return CharKind.Cjk;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.NonSpacingMark
            ? CharKind.Word
            : CharKind.Other;
    }

    private static int CharLength(string text, int index) =>
        char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;

    private enum CharKind
    {
        Word,
        Cjk,
        Other,
    }
}
