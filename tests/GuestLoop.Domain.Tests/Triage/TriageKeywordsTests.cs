using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Triage;

namespace GuestLoop.Domain.Tests.Triage;

public sealed class TriageKeywordsTests
{
    [Theory]
    [InlineData("房间空调坏了", "入住后空调一直吹热风，报修没人来", Category.Facility)]
    [InlineData("卫生间有头发", "床单也有污渍，很不干净", Category.Hygiene)]
    [InlineData("结账时多收了房费", "要求退款并开发票", Category.Price)]
    [InlineData("导游擅自增加购物点", "与合同约定的行程不符", Category.Contract)]
    public void The_category_with_most_keyword_hits_is_suggested(string title, string description, Category expected)
    {
        var suggestion = TriageKeywords.Defaults.Suggest(title, description);

        Assert.Equal(expected, suggestion.Category);
        Assert.Equal(TriageSource.Rules, suggestion.Source);
        Assert.InRange(suggestion.Confidence, 0.5, 1.0);
    }

    [Fact]
    public void Confidence_is_the_share_of_hits_that_went_to_the_chosen_category()
    {
        var keywords = new TriageKeywords(new Dictionary<string, IReadOnlyList<string>> { ["facility"] = ["空调", "电梯"], ["hygiene"] = ["脏"] });

        var suggestion = keywords.Suggest("空调和电梯都坏了，房间也脏");

        Assert.Equal((Category.Facility, 2.0 / 3), (suggestion.Category, suggestion.Confidence));
    }

    [Theory]
    [InlineData("孩子在泳池边滑倒受伤", Severity.Urgent)]
    [InlineData("多次投诉无人处理，要求赔偿", Severity.Major)]
    [InlineData("房间空调不制冷", Severity.General)]
    public void Risk_words_make_a_case_urgent_and_major_words_major(string text, Severity expected) =>
        Assert.Equal(expected, TriageKeywords.Defaults.Suggest(text).Severity);

    [Fact]
    public void Without_any_hit_the_rules_suggest_other_with_no_confidence()
    {
        var suggestion = TriageKeywords.Defaults.Suggest("今天天气不错", null);

        Assert.Equal((Category.Other, Severity.General, 0.0), (suggestion.Category, suggestion.Severity, suggestion.Confidence));
    }

    [Fact]
    public void An_edited_list_round_trips_through_its_text_and_refuses_unknown_lists_and_long_words()
    {
        var (keywords, errors) = TriageKeywords.Parse("facility: 空调、电梯, 漏水\n\n urgent：受伤 \n");
        var (_, unknown) = TriageKeywords.Parse("weather: 下雨");
        var (_, tooLong) = TriageKeywords.Parse("price: " + new string('贵', TriageKeywords.MaxWordLength + 1));

        Assert.Empty(errors);
        Assert.Equal(["空调", "电梯", "漏水"], keywords!.Words["facility"]);
        Assert.Equal(["受伤"], keywords.Words["urgent"]);
        Assert.Empty(keywords.Words["hygiene"]);
        Assert.Equal(keywords.ToText(), TriageKeywords.Parse(keywords.ToText()).Keywords!.ToText());
        Assert.Single(unknown);
        Assert.Single(tooLong);
    }
}
