using GuestLoop.Domain.Replies;

namespace GuestLoop.Domain.Tests.Replies;

public class CannedReplyTextTests
{
    private static string Fallback(string name) => $"<{name}>";

    [Fact]
    public void Placeholders_are_filled_with_the_cases_values_with_or_without_spaces_inside_the_braces()
    {
        var text = CannedReplyText.Fill("尊敬的{{guest.name}}：您的投诉 {{ case.number }} 已由{{staff.name}}受理，将于{{case.deadline}}前答复。",
            new Dictionary<string, string?>
            {
                [CannedReplyText.GuestName] = "孙丽", [CannedReplyText.CaseNumber] = "TS-2026-000123",
                [CannedReplyText.StaffName] = "李娜", [CannedReplyText.CaseDeadline] = "2026-12-09",
            }, Fallback);

        Assert.Equal("尊敬的孙丽：您的投诉 TS-2026-000123 已由李娜受理，将于2026-12-09前答复。", text);
    }

    [Fact]
    public void A_value_the_case_lacks_takes_the_fallback_and_an_unknown_name_is_left_as_written()
    {
        var text = CannedReplyText.Fill("Dear {{guest.name}}, {{property.name}} {{guest.vip}}",
            new Dictionary<string, string?> { [CannedReplyText.GuestName] = "  ", [CannedReplyText.PropertyName] = null }, Fallback);

        Assert.Equal("Dear <guest.name>, <property.name> {{guest.vip}}", text);
    }

    [Fact]
    public void A_template_with_an_unknown_placeholder_or_no_text_is_refused_with_the_field_named()
    {
        var unknown = CannedReplyText.Check("致歉", "您好 {{guest.nickname}}，{{case.number}} {{guest.nickname}}");
        Assert.Equal(["body"], unknown.Keys);
        Assert.Contains("{{guest.nickname}}", unknown["body"][0]);
        Assert.Equal(["guest.nickname"], CannedReplyText.Unknown("{{guest.nickname}} {{guest.nickname}} {{case.number}}"));

        var empty = CannedReplyText.Check(" ", "");
        Assert.Equal(["body", "name"], empty.Keys.Order());
        Assert.False(CannedReplyText.Check("致歉", "您好 {{guest.name}}").Any);
        Assert.True(CannedReplyText.Check(new string('名', CannedReplyText.NameMax + 1), "x").Any);
    }
}
