using GuestLoop.Domain.Analytics;

namespace GuestLoop.Domain.Tests.Analytics;

public sealed class RiskWordsTests
{
    private static readonly RiskWords Words = new(RiskWords.Defaults);

    [Theory]
    [InlineData("孩子在泳池边滑倒受伤了", "受伤")]
    [InlineData("再不处理我就找媒体曝光", "媒体")]
    [InlineData("My son was INJURED by a broken chair", "injured")]
    [InlineData("晚餐后全家食物中毒", "食物中毒")]
    public void A_risk_word_is_found_in_chinese_and_english(string text, string word) => Assert.Contains(word, Words.Find(text));

    [Fact]
    public void An_ordinary_complaint_has_no_risk_word() => Assert.Empty(Words.Find("房间空调不制冷", "希望换房"));

    [Fact]
    public void An_edited_list_is_one_word_a_line_and_refuses_overlong_words()
    {
        var (words, errors) = RiskWords.Parse("受伤\n\n  police \n");
        var (_, tooLong) = RiskWords.Parse(new string('长', RiskWords.MaxWordLength + 1));

        Assert.Equal(["受伤", "police"], words!.Words);
        Assert.Empty(errors);
        Assert.Single(tooLong);
    }
}
