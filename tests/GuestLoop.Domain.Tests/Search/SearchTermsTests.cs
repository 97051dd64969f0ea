using GuestLoop.Domain.Search;

namespace GuestLoop.Domain.Tests.Search;

public sealed class SearchTermsTests
{
    [Fact]
    public void A_run_of_chinese_becomes_overlapping_bigrams()
    {
        Assert.Equal(["电梯", "梯故", "故障"], SearchTerms.Of("电梯故障"));
    }

    [Fact]
    public void A_lone_chinese_character_stays_itself()
    {
        Assert.Equal(["房", "wifi"], SearchTerms.Of("房 WiFi"));
    }

    [Fact]
    public void Mixed_text_splits_at_script_changes_and_punctuation()
    {
        Assert.Equal(["1208", "房间", "wifi", "连不", "不上", "退款"], SearchTerms.Of("1208房间WiFi连不上，退款!"));
    }

    [Fact]
    public void Full_width_letters_and_digits_read_as_ascii()
    {
        Assert.Equal(["wifi", "1208"], SearchTerms.Of("ＷｉＦｉ １２０８"));
    }

    [Fact]
    public void A_two_character_query_is_one_term_found_inside_a_longer_document()
    {
        var document = SearchTerms.Of("导游强制购物并拒绝退款").ToHashSet();
        Assert.All(SearchQuery.Parse("退款").Terms, t => Assert.Contains(t.Text, document));
        Assert.All(SearchQuery.Parse("导游").Terms, t => Assert.Contains(t.Text, document));
        Assert.DoesNotContain(SearchQuery.Parse("电梯").Terms[0].Text, document);
    }

    [Fact]
    public void Provider_query_syntax_requires_every_term_and_treats_a_lone_character_as_a_prefix()
    {
        var query = SearchQuery.Parse("空调 不制冷 梯 Hotel");
        Assert.Equal("空调 & 不制 & 制冷 & 梯:* & hotel", query.ToTsQuery());
        Assert.Equal("\"空调\" \"不制\" \"制冷\" \"梯\"* \"hotel\"", query.ToFts5());
    }

    [Fact]
    public void Nothing_searchable_is_an_empty_query()
    {
        Assert.True(SearchQuery.Parse(" ，。!? ").IsEmpty);
        Assert.Equal(string.Empty, SearchTerms.Document(null, ""));
    }
}
