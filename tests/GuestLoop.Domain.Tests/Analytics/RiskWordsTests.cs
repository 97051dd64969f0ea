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

    [Theory]
    [InlineData("1105房间隔壁太吵，1107也在吵，一夜没睡")]
    [InlineData("房卡1110刷不开")]
    [InlineData("订单号2011052，退款未到")]
    [InlineData("房间120平米，空调不制冷")]
    [InlineData("住在110号房，热水不热")]
    [InlineData("The fireplace in B1191 is cold")]
    public void A_number_inside_a_longer_number_or_word_does_not_fire(string text) => Assert.Empty(Words.Find(text));

    [Theory]
    [InlineData("有人闹事，我已报警110", "110")]
    [InlineData("110", "110")]
    [InlineData("110：有人受困", "110")]
    [InlineData("隔壁打架，快打110", "110")]
    [InlineData("老人晕过去了，已拨打１２０", "120")]
    [InlineData("厨房冒烟，打了119 火警", "119")]
    [InlineData("110号房有人打架，请报警", "110")]
    public void An_emergency_number_standing_alone_fires_also_at_either_end_and_in_full_width(string text, string number)
    {
        var match = Assert.Single(Words.Explain(text), m => m.Word == number);
        Assert.Equal(RiskRule.EmergencyNumber, match.Rule);
    }

    [Fact]
    public void The_police_context_fires_beside_the_number() =>
        Assert.Equal(["报警", "110"], Words.Find("报警110"));

    [Theory]
    [InlineData("山道护栏松动存在安全隐患", "护栏松动")]
    [InlineData("山道护栏松动存在安全隐患", "安全隐患")]
    [InlineData("浴室插座漏电", "漏电")]
    public void A_safety_hazard_fires_by_its_own_rule(string text, string phrase)
    {
        var match = Assert.Single(Words.Explain(text), m => m.Word == phrase);
        Assert.Equal(RiskRule.SafetyHazard, match.Rule);
    }

    [Fact]
    public void A_latin_word_fires_as_a_whole_word_only()
    {
        Assert.Empty(Words.Find("Please fix the firewall settings"));
        Assert.Equal(["fire"], Words.Find("There was a FIRE in the kitchen"));
    }

    [Fact]
    public void A_full_width_number_in_an_edited_list_matches_ascii_text()
    {
        var words = new RiskWords(["１１０"]);

        Assert.Equal(["１１０"], words.Find("快打110"));
        Assert.Empty(words.Find("1105"));
    }

    [Fact]
    public void A_match_shows_the_words_around_it() =>
        Assert.Contains("报警110", Assert.Single(new RiskWords(["110"]).Explain("深夜隔壁打架，我已经报警110了，请尽快处理")).Excerpt);

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
