namespace GuestLoop.Web.Infrastructure.Pdf;

/// <summary>A stretch of text drawn in one font: the index into the fonts given to <see cref="FontRuns.Split"/>.</summary>
public sealed record FontRun(string Text, int Font);

/// <summary>The runs of a text, and how many of its characters no font had (each drawn as <see cref="FontRuns.Replacement"/>).</summary>
public sealed record FontLayout(IReadOnlyList<FontRun> Runs, int Missing);

/// <summary>
/// Decides the font of every character: the first font (the primary) that has it, so Chinese stays in the primary font and
/// a character it lacks (an emoji, a CJK Extension B ideograph such as 𠀀) goes to the first fallback that has it. A
/// character no font has becomes a visible replacement mark and is counted, never dropped.
/// </summary>
public static class FontRuns
{
    public const string Replacement = "\u25A1";

    public static FontLayout Split(string text, IReadOnlyList<Func<int, bool>> fonts)
    {
        var runs = new List<FontRun>();
        var current = new System.Text.StringBuilder();
        var currentFont = 0;
        var missing = 0;
        var replacementFont = Enumerable.Range(0, fonts.Count).FirstOrDefault(i => fonts[i](Replacement[0]));
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            var codePoint = CodePoint(text, i);
            var element = char.IsSurrogatePair(text, i) ? text.Substring(i, 2) : text[i].ToString();
            int font;
            if (codePoint is >= 0 and < 0x20 || char.IsWhiteSpace(text, i))
            {
                // Spaces and breaks stay in the run they are in.
                font = current.Length > 0 ? currentFont : 0;
            }
            else if (codePoint >= 0 && Enumerable.Range(0, fonts.Count).FirstOrDefault(f => fonts[f](codePoint), -1) is var found and >= 0)
            {
                font = found;
            }
            else
            {
                missing++;
                element = Replacement;
                font = replacementFont;
            }

            if (current.Length > 0 && font != currentFont)
            {
                runs.Add(new FontRun(current.ToString(), currentFont));
                current.Clear();
            }

            currentFont = font;
            current.Append(element);
        }

        if (current.Length > 0)
        {
            runs.Add(new FontRun(current.ToString(), currentFont));
        }

        return new FontLayout(runs, missing);
    }

    /// <summary>The code point at i; -1 for half a surrogate pair, which no font has.</summary>
    private static int CodePoint(string text, int i) =>
        char.IsSurrogatePair(text, i) ? char.ConvertToUtf32(text, i) : char.IsSurrogate(text[i]) ? -1 : text[i];
}
