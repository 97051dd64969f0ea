using GuestLoop.Web.Infrastructure.Pdf;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Replies;

/// <summary>Which font draws which character of a letter, and what happens to a character no font has.</summary>
public sealed class ReplyPdfFontsTests
{
    private static readonly Func<int, bool> Chinese = c => c is < 0x80 or (>= 0x4E00 and <= 0x9FFF) or 0x25A1;
    private static readonly Func<int, bool> Emoji = c => c is >= 0x1F600 and <= 0x1F64F;

    [Fact]
    public void Characters_the_primary_font_lacks_go_to_the_first_fallback_that_has_them()
    {
        var layout = FontRuns.Split("您好😀谢谢 ok", [Chinese, Emoji]);

        Assert.Equal([new FontRun("您好", 0), new FontRun("😀", 1), new FontRun("谢谢 ok", 0)], layout.Runs);
        Assert.Equal(0, layout.Missing);
    }

    [Fact]
    public void A_character_no_font_has_is_a_visible_mark_and_counted_never_dropped()
    {
        var layout = FontRuns.Split("𠀀先生😀\ud800再见", [Chinese, Emoji]);

        Assert.Equal([new FontRun("□先生", 0), new FontRun("😀", 1), new FontRun("□再见", 0)], layout.Runs);
        Assert.Equal(2, layout.Missing);
    }

    [Fact]
    public void Spaces_stay_in_the_run_they_are_in()
    {
        var layout = FontRuns.Split("😀 😀", [Chinese, Emoji]);

        Assert.Equal([new FontRun("😀 😀", 1)], layout.Runs);
    }

    [SkippableFact]
    public void The_installed_chinese_font_has_chinese_and_lacks_extension_b_and_emoji()
    {
        var path = CjkFontResolver.Find(null);
        if (path is null)
        {
            Assert.False(TestDatabases.InCi, "CI=true but no Chinese TrueType font is installed; .ci/run installs fonts-wqy-microhei.");
            Skip.If(true, "No Chinese TrueType font installed (fonts-wqy-microhei).");
        }

        var bytes = File.ReadAllBytes(path!);
        var coverage = FontCoverage.Read(TrueTypeCollection.IsCollection(bytes) ? TrueTypeCollection.ExtractFace(bytes) : bytes);

        Assert.True(coverage.HasTrueTypeOutlines);
        Assert.True(coverage.Covers('中'));
        Assert.True(coverage.Covers('A'));
        Assert.False(coverage.Covers(0x20000));
        Assert.False(coverage.Covers(0x1F600));
    }

    [SkippableFact]
    public void DejaVu_when_installed_has_the_emoticons_the_chinese_font_lacks()
    {
        const string path = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
        Skip.IfNot(File.Exists(path), "DejaVu Sans is not installed.");

        var coverage = FontCoverage.Read(File.ReadAllBytes(path));

        Assert.True(coverage.HasTrueTypeOutlines);
        Assert.True(coverage.Covers(0x1F600));
        Assert.False(coverage.Covers('中'));
    }
}
