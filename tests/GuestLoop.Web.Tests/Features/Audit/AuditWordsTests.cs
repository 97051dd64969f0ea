using System.Text.RegularExpressions;
using System.Xml.Linq;
using System.Globalization;
using GuestLoop.Web.Features.Audit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace GuestLoop.Web.Tests.Features.Audit;

/// <summary>Every action the code writes to the audit log has words in both languages; the details read as the fields that changed.</summary>
public partial class AuditWordsTests
{
    [Fact]
    public void Every_audited_action_has_a_text_in_Chinese_and_English()
    {
        var actions = WrittenActions();
        Assert.True(actions.Count >= 70, $"The scan found only {actions.Count} actions: {string.Join(", ", actions)}");
        Assert.Contains("compensation.approve", actions);
        Assert.Contains("mail.create", actions);

        foreach (var file in new[] { "SharedResource.resx", "SharedResource.en.resx" })
        {
            var keys = Keys(file);
            Assert.Empty(actions.Where(a => !keys.Contains("AuditAction." + a)).Select(a => $"{file}: AuditAction.{a}"));
        }
    }

    [Fact]
    public void Both_languages_have_the_same_audit_words()
    {
        static IEnumerable<string> Audit(HashSet<string> keys) => keys.Where(k => k.StartsWith("Audit", StringComparison.Ordinal)).Order();

        Assert.Equal(Audit(Keys("SharedResource.resx")), Audit(Keys("SharedResource.en.resx")));
    }

    [Fact]
    public void A_code_of_the_product_reads_in_the_words_the_workspace_uses_and_free_text_stays_as_written()
    {
        using var services = new ServiceCollection().AddLogging().AddLocalization(o => o.ResourcesPath = "Resources").BuildServiceProvider();
        var L = services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var culture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
            var none = new Dictionary<string, string>();
            Assert.Equal("已批准", AuditWords.Value(L, "approved", none, "state"));
            Assert.Equal("已办结", AuditWords.Value(L, "closed", none, "status"));
            Assert.Equal("服务质量", AuditWords.Value(L, "serviceQuality", none, "category"));
            Assert.Equal("客人已换房", AuditWords.Value(L, "客人已换房", none, "note"));
            Assert.Equal("DEMO-HOTEL", AuditWords.Value(L, "DEMO-HOTEL", none, "code"));
            Assert.Equal("已批准、已驳回", AuditWords.Value(L, "approved、rejected", none, "states"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    [Fact]
    public void An_edit_lists_only_the_fields_that_changed()
    {
        var changes = AuditChanges.Between(
            """{"code":"DEMO-HOTEL","name":"演示酒店","calendarCode":"cn","publicFeedback":true,"propertyIds":["a","b"]}""",
            """{"code":"DEMO-HOTEL","name":"演示大酒店","calendarCode":"cn","publicFeedback":false,"propertyIds":["a","b"]}""");

        Assert.Equal([new AuditChange("name", "演示酒店", "演示大酒店"), new AuditChange("publicFeedback", "true", "false")], changes);
    }

    [Fact]
    public void A_creation_lists_every_field_a_list_is_joined_and_a_plain_value_is_one_field()
    {
        Assert.Equal([new AuditChange("name", null, "早班"), new AuditChange("propertyIds", null, "a、b"), new AuditChange("rules", null, """[{"kind":null}]""")],
            AuditChanges.Between(null, """{"name":"早班","propertyIds":["a","b"],"rules":[{"kind":null}]}"""));
        Assert.Equal([new AuditChange("", "旧词", "新词、另一个")], AuditChanges.Between("\"旧词\"", """["新词","另一个"]"""));
        Assert.Equal([new AuditChange("", null, "12 cases")], AuditChanges.Between(null, "12 cases"));
    }

    /// <summary>The action names written by the code: the literals on the lines that append to the log or pass an action on.</summary>
    private static SortedSet<string> WrittenActions()
    {
        var src = Path.Combine(RepositoryRoot(), "src", "GuestLoop.Web");
        var actions = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            foreach (var line in File.ReadLines(file).Where(l => AuditCall().IsMatch(l)))
            {
                actions.UnionWith(ActionLiteral().Matches(line).Select(m => m.Groups[1].Value));
            }
        }

        return actions;
    }

    private static HashSet<string> Keys(string file) =>
        [.. XDocument.Load(Path.Combine(RepositoryRoot(), "src", "GuestLoop.Web", "Resources", file)).Root!.Elements("data")
            .Select(d => (string)d.Attribute("name")!)];

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GuestLoop.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Run the tests from inside the GuestLoop repository.");
    }

    [GeneratedRegex(@"audit\.Append\(|AuditAsync\(|StepAsync\(|OutcomeAsync\(|Audit = \(")]
    private static partial Regex AuditCall();

    [GeneratedRegex(@"""([a-z][a-zA-Z-]*(?:\.[a-z][a-zA-Z-]*)+)""")]
    private static partial Regex ActionLiteral();
}
