namespace GuestLoop.Domain.Analytics;

/// <summary>
/// Words that make a new case urgent at once (injury, police, media, fire …), in Chinese and English.
/// Matching is by substring, case-insensitive: Chinese has no spaces to match words by.
/// </summary>
public sealed class RiskWords
{
    public const int MaxWords = 500;
    public const int MaxWordLength = 40;

    public static readonly IReadOnlyList<string> Defaults =
    [
        "受伤", "摔伤", "烫伤", "骨折", "流血", "晕倒", "死亡", "报警", "警察", "110", "媒体", "记者", "曝光", "微博", "投诉到", "火灾", "着火", "冒烟",
        "食物中毒", "中毒", "拉肚子", "溺水", "踩踏", "坠落", "电梯困人", "起诉", "律师",
        "injury", "injured", "hurt", "bleeding", "police", "media", "journalist", "reporter", "fire", "smoke", "food poisoning", "poisoning",
        "lawyer", "lawsuit", "ambulance",
    ];

    private readonly string[] _words;

    public RiskWords(IEnumerable<string> words) =>
        _words = words.Select(w => w.Trim()).Where(w => w.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    public IReadOnlyList<string> Words => _words;

    /// <summary>The risk words found in the texts, in list order.</summary>
    public IReadOnlyList<string> Find(params string?[] texts) =>
        _words.Where(w => texts.Any(t => t is not null && t.Contains(w, StringComparison.OrdinalIgnoreCase))).ToList();

    /// <summary>One word a line, as an administrator edits them; errors by line.</summary>
    public static (RiskWords? Words, List<string> Errors) Parse(string text)
    {
        var errors = new List<string>();
        var words = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (words.Count > MaxWords)
        {
            errors.Add($"At most {MaxWords} words.");
        }

        errors.AddRange(words.Where(w => w.Length > MaxWordLength).Select(w => $"'{w[..10]}…' is longer than {MaxWordLength} characters."));
        return (errors.Count == 0 ? new RiskWords(words) : null, errors);
    }
}
