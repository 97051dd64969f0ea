using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Tests.Cases;

public sealed class DuplicateRuleTests
{
    private static readonly Guid Hotel = Guid.NewGuid();
    private static readonly DateTimeOffset T0 = CaseBuilder.T0;

    private static Case Received(string title, string description, Complainant guest, DateTimeOffset at, Channel channel = Channel.Phone,
        Guid? property = null, string number = "C-1") =>
        Case.Receive(new NewCase(property ?? Hotel, CaseKind.Complaint, channel, title, description, guest), number, "t", Actor.Guest("g"), at);

    [Theory]
    [InlineData("+86 138-0013-8000", "13800138000")]
    [InlineData("0086 13800138000", "138 0013 8000")]
    [InlineData("(138)00138000", "13800138000")]
    public void The_same_phone_written_differently_is_the_same_guest(string a, string b) =>
        Assert.True(GuestContact.SameGuest(new Complainant(null, a, null), new Complainant(null, b, null)));

    [Fact]
    public void Email_compares_without_case_and_different_contacts_are_different_guests()
    {
        Assert.True(GuestContact.SameGuest(new Complainant(null, null, " ZhangWei@Example.com"), new Complainant(null, "1", "zhangwei@example.com")));
        Assert.False(GuestContact.SameGuest(new Complainant("张伟", "13800138000", null), new Complainant("张伟", "13900139000", null)));
        Assert.False(GuestContact.SameGuest(Complainant.Anonymous, Complainant.Anonymous));
    }

    [Fact]
    public void Chinese_text_with_the_same_words_is_similar_and_unrelated_text_is_not()
    {
        var same = DuplicateRule.Similarity("1208房间空调不制冷，一直吹热风", "空调不制冷 1208房间吹热风");
        var other = DuplicateRule.Similarity("1208房间空调不制冷，一直吹热风", "早餐的服务员态度很好");

        Assert.True(same >= DuplicateRule.SimilarityThreshold, $"{same}");
        Assert.True(other < 0.05, $"{other}");
    }

    [Fact]
    public void The_same_guest_on_another_channel_with_similar_text_is_a_probable_duplicate()
    {
        var earlier = Received("空调不制冷", "1208房间空调一直吹热风", new Complainant("张伟", "13800138000", null), T0);
        var newer = Received("房间空调坏了", "1208房间空调一直吹热风，没人来修", new Complainant("张先生", "+86 138 0013 8000", null),
            T0.AddDays(1), Channel.Email, number: "C-2");

        var match = DuplicateRule.Compare(newer, earlier, DuplicateRule.DefaultWindow);

        Assert.Equal(DuplicateReason.SimilarText, match?.Reason);
    }

    [Fact]
    public void The_same_category_counts_even_when_the_words_differ()
    {
        var guest = new Complainant(null, null, "g@example.com");
        var earlier = Received("噪音", "楼上装修", guest, T0);
        var newer = Received("吵得睡不着", "隔壁施工到深夜", guest, T0.AddHours(5), number: "C-2");
        Assert.Null(DuplicateRule.Compare(newer, earlier, DuplicateRule.DefaultWindow));

        earlier.Triage(CaseBuilder.Manager, T0.AddHours(1), Category.Facility, Severity.General, null, Assessment.Default, false);
        newer.Triage(CaseBuilder.Manager, T0.AddHours(6), Category.Facility, Severity.General, null, Assessment.Default, false);

        Assert.Equal(DuplicateReason.SameCategory, DuplicateRule.Compare(newer, earlier, DuplicateRule.DefaultWindow)?.Reason);
    }

    [Fact]
    public void Another_guest_another_property_or_an_old_closed_case_is_not_a_duplicate()
    {
        var guest = new Complainant("张伟", "13800138000", null);
        var newer = Received("空调不制冷", "1208房间空调一直吹热风", guest, T0.AddDays(20), number: "C-9");
        var otherGuest = Received("空调不制冷", "1208房间空调一直吹热风", new Complainant("李四", "13900139000", null), T0.AddDays(19));
        var otherProperty = Received("空调不制冷", "1208房间空调一直吹热风", guest, T0.AddDays(19), property: Guid.NewGuid());
        var oldClosed = Received("空调不制冷", "1208房间空调一直吹热风", guest, T0, Channel.Web);
        oldClosed.Do(CaseAction.Triage);
        oldClosed.MergeInto(otherGuest, CaseBuilder.Manager, T0.AddHours(1));
        var oldOpen = Received("空调不制冷", "1208房间空调一直吹热风", guest, T0);
        var recentClosed = Received("空调不制冷", "1208房间空调一直吹热风", guest, T0.AddDays(10));
        recentClosed.Do(CaseAction.Triage);
        recentClosed.Do(CaseAction.StartInvestigation);

        Assert.Null(DuplicateRule.Compare(newer, otherGuest, DuplicateRule.DefaultWindow));
        Assert.Null(DuplicateRule.Compare(newer, otherProperty, DuplicateRule.DefaultWindow));
        Assert.Null(DuplicateRule.Compare(newer, oldClosed, DuplicateRule.DefaultWindow));
        Assert.NotNull(DuplicateRule.Compare(newer, oldOpen, DuplicateRule.DefaultWindow));
        Assert.NotNull(DuplicateRule.Compare(newer, recentClosed, DuplicateRule.DefaultWindow));
        Assert.Null(DuplicateRule.Compare(newer, newer, DuplicateRule.DefaultWindow));
    }

    [Fact]
    public void A_candidate_is_decided_once()
    {
        var candidate = new DuplicateCandidate(Guid.NewGuid(), Guid.NewGuid(), Hotel, DuplicateReason.SimilarText, 0.51234, T0);
        candidate.Dismiss("head", T0.AddHours(1));

        Assert.Equal((DuplicateState.Dismissed, 0.512), (candidate.State, candidate.Similarity));
        Assert.Throws<DuplicateDecidedException>(() => candidate.MarkMerged("head", T0.AddHours(2)));
    }
}
