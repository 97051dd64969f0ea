using System.Text;

namespace GuestLoop.Domain.Analytics;

/// <summary>
/// Words that make a new case urgent at once (injury, police, media, fire, a safety hazard …), in Chinese and English.
/// Text is NFKC-normalised first (全角 ０-９ and Ａ-Ｚ become ASCII) and compared case-insensitively. Chinese words match
/// inside the text, as Chinese has no spaces; a number such as 110 matches only where no other digit touches it, so room
/// 1105 is not a call to the police, and a number followed by a unit (110号房, 120元) counts only in an emergency context
/// (报警, 急救, 火警); a Latin word matches only where no other Latin letter or digit touches it.
/// </summary>
public sealed class RiskWords
{
    public const int MaxWords = 500;
    public const int MaxWordLength = 40;

    /// <summary>Phrases that report a hazard to guests' safety (a loose guardrail on a mountain path), as the standards word it.</summary>
    public static readonly IReadOnlyList<string> SafetyHazards =
    [
        "安全隐患", "安全隱患", "护栏松动", "栏杆松动", "扶手松动", "护栏断裂", "栏杆断裂", "护栏损坏", "漏电", "电线裸露", "燃气泄漏", "煤气泄漏",
        "落石", "塌方", "坍塌", "塌陷", "消防通道堵塞", "安全出口堵塞", "safety hazard",
    ];

    public static readonly IReadOnlyList<string> Defaults =
    [
        "受伤", "摔伤", "烫伤", "骨折", "流血", "晕倒", "死亡", "报警", "警察", "110", "119", "120", "急救", "火警", "媒体", "记者", "曝光", "微博",
        "投诉到", "火灾", "着火", "冒烟", "食物中毒", "中毒", "拉肚子", "溺水", "踩踏", "坠落", "电梯困人", "起诉", "律师",
        .. SafetyHazards,
        "injury", "injured", "hurt", "bleeding", "police", "media", "journalist", "reporter", "fire", "smoke", "food poisoning", "poisoning",
        "lawyer", "lawsuit", "ambulance",
    ];

    /// <summary>Words that make a number followed by a unit still an emergency call.</summary>
    public static readonly IReadOnlyList<string> EmergencyContext = ["报警", "急救", "火警", "police", "ambulance"];

    /// <summary>Units after a number that make it a room, an amount or a size rather than a call.</summary>
    private const string Units = "号房室元块米平层楼栋间人个次分秒天年月日岁斤克";

    private readonly string[] _words;

    public RiskWords(IEnumerable<string> words) =>
        _words = words.Select(w => w.Trim()).Where(w => w.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    public IReadOnlyList<string> Words => _words;

    /// <summary>The risk words found in the texts, in list order.</summary>
    public IReadOnlyList<string> Find(params string?[] texts) => Explain(texts).Select(m => m.Word).ToList();

    /// <summary>Each word that fires, the rule it fired by and where, in list order: what an administrator sees when testing a sentence.</summary>
    public IReadOnlyList<RiskMatch> Explain(params string?[] texts)
    {
        var normalised = texts.Where(t => !string.IsNullOrEmpty(t)).Select(t => Normalise(t!)).ToList();
        var matches = new List<RiskMatch>();
        foreach (var word in _words)
        {
            var sought = Normalise(word);
            foreach (var text in normalised)
            {
                if (IndexOf(text, sought) is var at and >= 0)
                {
                    matches.Add(new RiskMatch(word, RuleOf(sought), Excerpt(text, at, sought.Length)));
                    break;
                }
            }
        }

        return matches;
    }

    public static RiskRule RuleOf(string word)
    {
        var sought = Normalise(word);
        return sought.All(char.IsAsciiDigit) ? RiskRule.EmergencyNumber
            : SafetyHazards.Any(h => string.Equals(Normalise(h), sought, StringComparison.OrdinalIgnoreCase)) ? RiskRule.SafetyHazard
            : RiskRule.Word;
    }

    /// <summary>Full-width digits and letters as ASCII, compatibility forms folded.</summary>
    public static string Normalise(string text) => text.Normalize(NormalizationForm.FormKC);

    /// <summary>The first place the word stands as a word: an ASCII letter or digit at its edge must not run on into another.</summary>
    private static int IndexOf(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = at + 1 < text.Length ? text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase) : -1)
        {
            var end = at + word.Length;
            var startFree = at == 0 || !RunsOn(word[0], text[at - 1]);
            var endFree = end == text.Length || !RunsOn(word[^1], text[end]);
            var counted = !char.IsAsciiDigit(word[^1]) || end == text.Length || !Units.Contains(text[end])
                || EmergencyContext.Any(c => text.Contains(c, StringComparison.OrdinalIgnoreCase));
            if (startFree && endFree && counted)
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>A digit next to a digit, or a Latin letter or digit next to a Latin letter or digit, is one token.</summary>
    private static bool RunsOn(char edge, char neighbour) =>
        char.IsAsciiDigit(edge) ? char.IsAsciiLetterOrDigit(neighbour) : char.IsAsciiLetter(edge) && char.IsAsciiLetterOrDigit(neighbour);

    private static string Excerpt(string text, int at, int length)
    {
        var from = Math.Max(0, at - 10);
        var to = Math.Min(text.Length, at + length + 10);
        return (from > 0 ? "…" : "") + text[from..to] + (to < text.Length ? "…" : "");
    }

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

/// <summary>A risk word found in a text: the word, the rule it fired by, and the words around it.</summary>
public sealed record RiskMatch(string Word, RiskRule Rule, string Excerpt);

public enum RiskRule
{
    /// <summary>A word or phrase found in the text (inside Chinese text; as a whole word in Latin text).</summary>
    Word,
    /// <summary>An emergency number (110, 119, 120) standing alone, not part of a longer number such as a room.</summary>
    EmergencyNumber,
    /// <summary>A phrase that reports a hazard to guests' safety.</summary>
    SafetyHazard,
}
