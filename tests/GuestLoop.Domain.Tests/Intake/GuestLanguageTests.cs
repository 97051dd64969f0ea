using GuestLoop.Domain.Intake;

namespace GuestLoop.Domain.Tests.Intake;

public sealed class GuestLanguageTests
{
    [Fact]
    public void Any_chinese_means_chinese()
    {
        Assert.Equal("zh-CN", GuestLanguage.Of("Room 1203", "空调 not working"));
    }

    [Fact]
    public void Only_latin_script_means_english()
    {
        Assert.Equal("en", GuestLanguage.Of("Noisy room", null, "The air conditioning was loud all night."));
    }

    [Fact]
    public void Nothing_telling_means_chinese()
    {
        Assert.Equal("zh-CN", GuestLanguage.Of(null, "1203", "  "));
    }
}
