using GuestLoop.Domain.Analytics;
using GuestLoop.Domain.Cases;

namespace GuestLoop.Domain.Triage;

/// <summary>
/// The keyword lists that suggest a triage until the enterprise's own model is trusted: words per category, and words
/// that make a case major or urgent. Matching is by substring, case-insensitive, as for the risk words. Administrators
/// edit them as one line per list: <c>facility: 空调 电梯 漏水</c>.
/// </summary>
public sealed class TriageKeywords
{
    public const int MaxWordsPerList = 300;
    public const int MaxWordLength = 40;

    public static readonly IReadOnlyList<string> Lists =
        [.. Enum.GetValues<Category>().Where(c => c != Category.Unclassified).Select(Key), Key(Severity.Major), Key(Severity.Urgent)];

    public static readonly TriageKeywords Defaults = new(new Dictionary<string, IReadOnlyList<string>>
    {
        [Key(Category.ServiceQuality)] = ["态度", "服务差", "冷漠", "不耐烦", "怠慢", "敷衍", "不理", "排队", "等了", "推诿", "服务员", "导游", "rude", "staff"],
        [Key(Category.Facility)] = ["空调", "电梯", "热水", "漏水", "停电", "设施", "设备", "损坏", "故障", "维修", "坏了", "噪音", "网络", "wifi", "马桶", "缆车", "broken"],
        [Key(Category.Hygiene)] = ["卫生", "脏", "异味", "蟑螂", "头发", "床单", "污渍", "发霉", "不干净", "垃圾", "厕所", "dirty"],
        [Key(Category.Safety)] = ["安全", "受伤", "摔倒", "滑倒", "被盗", "失窃", "护栏", "消防", "隐患", "走失", "injury"],
        [Key(Category.Price)] = ["价格", "收费", "多收", "乱收费", "退款", "发票", "票价", "太贵", "扣款", "账单", "差价", "refund"],
        [Key(Category.Information)] = ["咨询", "开放时间", "标识", "指引", "告知", "宣传", "不准确", "官网", "说明", "请问"],
        [Key(Category.Contract)] = ["合同", "协议", "违约", "行程", "变更", "取消", "超售", "擅自", "购物点", "booking"],
        [Key(Category.Other)] = ["建议", "希望", "表扬", "感谢"],
        [Key(Severity.Major)] = ["多次", "严重", "赔偿", "全额退款", "旅游局", "12345", "集体", "整个团", "全家", "连续"],
        [Key(Severity.Urgent)] = [.. RiskWords.Defaults],
    });

    private readonly Dictionary<string, string[]> _words;

    public TriageKeywords(IReadOnlyDictionary<string, IReadOnlyList<string>> words) =>
        _words = Lists.ToDictionary(l => l, l => words.TryGetValue(l, out var w)
            ? w.Select(x => x.Trim()).Where(x => x.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray()
            : []);

    public IReadOnlyDictionary<string, string[]> Words => _words;

    public static string Key(Category category) => JsonName(category.ToString());

    public static string Key(Severity severity) => JsonName(severity.ToString());

    /// <summary>The category with most keyword hits (the first listed on a tie; 其他 without any), and the severity its words call for.</summary>
    public TriageSuggestion Suggest(params string?[] texts)
    {
        int Hits(string list) => _words[list].Count(w => texts.Any(t => t is not null && t.Contains(w, StringComparison.OrdinalIgnoreCase)));
        var hits = Enum.GetValues<Category>().Where(c => c != Category.Unclassified).Select(c => (Category: c, Hits: Hits(Key(c)))).ToList();
        var best = hits.MaxBy(h => h.Hits);
        var total = hits.Sum(h => h.Hits);
        var severity = Hits(Key(Severity.Urgent)) > 0 ? Severity.Urgent : Hits(Key(Severity.Major)) > 0 ? Severity.Major : Severity.General;
        return total == 0
            ? new TriageSuggestion(Category.Other, severity, 0, TriageSource.Rules)
            : new TriageSuggestion(best.Category, severity, (double)best.Hits / total, TriageSource.Rules);
    }

    /// <summary>One line per list, as an administrator edits them.</summary>
    public string ToText() => string.Join('\n', Lists.Select(l => $"{l}: {string.Join(' ', _words[l])}"));

    /// <summary>Lines of <c>list: word word …</c> (words split by spaces, commas or 、); errors by line. A list left out is empty.</summary>
    public static (TriageKeywords? Keywords, List<string> Errors) Parse(string text)
    {
        var errors = new List<string>();
        var words = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var line in text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            var colon = line.IndexOfAny([':', '：']);
            var list = colon < 0 ? line : line[..colon].Trim();
            if (colon < 0 || !Lists.Contains(list))
            {
                errors.Add($"'{Short(line)}' does not start with one of {string.Join(", ", Lists)} and a colon.");
                continue;
            }

            var entries = line[(colon + 1)..].Split([' ', ',', '，', '、', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            errors.AddRange(entries.Where(w => w.Length > MaxWordLength).Select(w => $"'{Short(w)}' is longer than {MaxWordLength} characters."));
            if (entries.Length > MaxWordsPerList)
            {
                errors.Add($"At most {MaxWordsPerList} words in {list}.");
            }

            words[list] = words.TryGetValue(list, out var earlier) ? [.. earlier, .. entries] : entries;
        }

        return (errors.Count == 0 ? new TriageKeywords(words) : null, errors);
    }

    private static string Short(string text) => text.Length > 12 ? text[..12] + "…" : text;

    private static string JsonName(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
