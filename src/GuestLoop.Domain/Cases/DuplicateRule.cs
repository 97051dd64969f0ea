namespace GuestLoop.Domain.Cases;

/// <summary>Why two cases look like the same matter.</summary>
public enum DuplicateReason
{
    SameCategory,
    SimilarText,
}

/// <summary>
/// Decides whether a new case is probably a repeat of an earlier one (DESIGN §2: one guest, several channels).
/// Text is compared as overlapping character bigrams, which works for Chinese without a word segmenter.
/// </summary>
public static class DuplicateRule
{
    /// <summary>Bigram Jaccard similarity of title and description from which two texts count as the same matter.</summary>
    public const double SimilarityThreshold = 0.3;

    /// <summary>How far back a closed case is still compared with a new one; open cases always are.</summary>
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromDays(14);

    /// <summary>The reason <paramref name="earlier"/> looks like the same matter as <paramref name="newer"/>, or null.</summary>
    public static (DuplicateReason Reason, double Similarity)? Compare(Case newer, Case earlier, TimeSpan window)
    {
        if (newer.Id == earlier.Id || newer.PropertyId != earlier.PropertyId || earlier.MergedIntoId is not null)
        {
            return null;
        }

        var recent = earlier.ReceivedAt >= newer.ReceivedAt - window;
        if (earlier.IsClosed && !recent || !GuestContact.SameGuest(newer.Complainant, earlier.Complainant))
        {
            return null;
        }

        var similarity = Similarity($"{newer.Title} {newer.Description}", $"{earlier.Title} {earlier.Description}");
        if (newer.Category != Category.Unclassified && newer.Category == earlier.Category)
        {
            return (DuplicateReason.SameCategory, similarity);
        }

        return similarity >= SimilarityThreshold ? (DuplicateReason.SimilarText, similarity) : null;
    }

    /// <summary>Jaccard similarity of the character bigram sets (letters and digits only, case-insensitive), 0 to 1.</summary>
    public static double Similarity(string a, string b)
    {
        var x = Bigrams(a);
        var y = Bigrams(b);
        if (x.Count == 0 || y.Count == 0)
        {
            return 0;
        }

        var common = x.Count(y.Contains);
        return (double)common / (x.Count + y.Count - common);
    }

    private static HashSet<string> Bigrams(string text)
    {
        var chars = text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray();
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < chars.Length; i++)
        {
            set.Add(new string(chars, i, 2));
        }

        return set;
    }
}
