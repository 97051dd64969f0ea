using GuestLoop.Domain.Customers;

namespace GuestLoop.Domain.Tests.Customers;

/// <summary>The guest profile's own rules: consent, care, erasure, merging, repeats, duplicates and retention.</summary>
public class GuestTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 2, 0, 0, TimeSpan.Zero);
    private static readonly Guid Hotel = Guid.NewGuid();

    private static Guest New(string name = "张伟", string? phone = "+86 138 1234 5678") =>
        Guest.Create(new GuestDetails(name, phone, "ZhangWei@Example.com", "110101199003071234", "北京市东城区"), Hotel, Now);

    [Fact]
    public void Contacts_are_kept_normalised()
    {
        var guest = New();
        Assert.Equal(("13812345678", "zhangwei@example.com"), (guest.Phone, guest.Email));
        Assert.Equal([Hotel], guest.PropertyIds);
    }

    [Fact]
    public void Withdrawn_marketing_consent_refuses_an_offer_but_not_a_greeting()
    {
        var guest = New();
        Assert.True(guest.MayBeContactedFor(ConsentPurpose.Surveys));
        guest.RecordConsent(ConsentPurpose.Marketing, granted: false, Now, "电话");

        Assert.False(guest.MayBeContactedFor(ConsentPurpose.Marketing));
        Assert.Throws<GuestRuleException>(() => guest.Care(CareKind.Offer, "八折", Now, "陈静"));
        Assert.Equal(CareKind.Greeting, guest.Care(CareKind.Greeting, "节日问候", Now, "陈静").Kind);
        guest.RecordConsent(ConsentPurpose.Marketing, granted: true, Now.AddDays(1), "短信回复");
        Assert.Equal(CareKind.Offer, guest.Care(CareKind.Offer, "八折", Now, "陈静").Kind);
    }

    [Fact]
    public void Erasure_removes_everything_that_identifies_the_person_and_blocks_changes()
    {
        var guest = New();
        guest.SetProfile(new GuestPreferences("大床房", "高楼层", "湖景", "素食"), SpecialNeeds.Hearing, LoyaltyTier.Gold, ["VIP"]);
        guest.AddVisit(new GuestVisit(Hotel, VisitKind.Stay, new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 3), "PMS-1", 800m, null), Now);

        guest.Erase(Now);

        Assert.Equal(Guest.ErasedName, guest.Name);
        Assert.All(Enum.GetValues<SensitiveField>(), f => Assert.Null(guest.Value(f)));
        Assert.Equal((SpecialNeeds.None, 0, 0), (guest.SpecialNeeds, guest.Visits.Count, guest.Tags.Count));
        Assert.Throws<GuestRuleException>(() => guest.Correct(new GuestDetails("张伟", "13812345678")));
        Assert.False(guest.MayBeContactedFor(ConsentPurpose.Service));
    }

    [Fact]
    public void A_merge_takes_on_the_merged_properties_and_is_undone_exactly()
    {
        var survivor = New();
        var scenic = Guid.NewGuid();
        var merged = Guest.Create(new GuestDetails("张伟", "13912345678"), scenic, Now);

        merged.MergeInto(survivor.Id);
        var before = survivor.Absorb(merged);
        Assert.Equal([Hotel, scenic], survivor.PropertyIds);
        Assert.Throws<GuestRuleException>(() => merged.MergeInto(survivor.Id));
        Assert.Throws<GuestRuleException>(() => survivor.MergeInto(survivor.Id));

        merged.Unmerge();
        survivor.RestoreProperties(before);
        Assert.Null(merged.MergedIntoId);
        Assert.Equal([Hotel], survivor.PropertyIds);
    }

    [Fact]
    public void A_repeat_complainant_is_three_complaints_in_ninety_days_and_is_flagged_once()
    {
        var rule = RepeatComplaintRule.Default;
        Assert.False(rule.IsRepeat([Now.AddDays(-100), Now.AddDays(-10), Now], Now));
        Assert.True(rule.IsRepeat([Now.AddDays(-89), Now.AddDays(-10), Now], Now));
        var guest = New();
        Assert.True(guest.FlagRepeat(Now));
        Assert.False(guest.FlagRepeat(Now.AddDays(1)));
    }

    [Fact]
    public void Duplicates_are_proposed_by_contact_or_by_name_with_a_similar_contact()
    {
        DuplicateGuests.Candidate C(string? name, string? phone, string? email = null, string? id = null) => new(Guid.NewGuid(), name, phone, email, id);

        Assert.Equal("phone", DuplicateGuests.Reason(C("张伟", "13812345678"), C("张薇", "13812345678")));
        Assert.Equal("nameAndPhoneEnding", DuplicateGuests.Reason(C("张伟", "13812345678"), C("张伟", "13912345678")));
        Assert.Equal("nameAndEmailAccount", DuplicateGuests.Reason(C("张伟", null, "zw@a.com"), C("张伟", null, "zw@b.com")));
        Assert.Null(DuplicateGuests.Reason(C("张伟", "13812345678"), C("张伟", "13812340000")));
        Assert.Null(DuplicateGuests.Reason(C("张伟", "13812345678"), C("李娜", "13912345678")));
    }

    [Fact]
    public void Old_stays_are_forgotten_after_the_retention_period()
    {
        var guest = New();
        guest.AddVisit(new GuestVisit(Hotel, VisitKind.Stay, new DateOnly(2020, 1, 1), new DateOnly(2020, 1, 2), "old", null, null), Now);
        guest.AddVisit(new GuestVisit(Hotel, VisitKind.Stay, new DateOnly(2026, 11, 1), null, "new", null, null), Now);

        Assert.Equal(1, guest.ForgetVisitsBefore(new DateOnly(2025, 11, 20)));
        Assert.Equal("new", Assert.Single(guest.Visits).Reference);
        Assert.Null(RetentionPolicy.Default.CutOff(0, Now));
    }

    [Fact]
    public void A_correction_keeps_the_personal_data_it_is_told_to_keep_and_replaces_the_rest()
    {
        var guest = Guest.Create(new GuestDetails("张伟", "13812345678", "old@example.com", "110101199003071234", "北京"), Guid.NewGuid(), DateTimeOffset.UnixEpoch);

        guest.Correct(new GuestDetails("张伟伟", "138****5678", "new@example.com", null, null), [SensitiveField.Phone, SensitiveField.IdNumber]);

        Assert.Equal(("张伟伟", "13812345678", "new@example.com", "110101199003071234", (string?)null),
            (guest.Name, guest.Phone, guest.Email, guest.IdNumber, guest.Address));
    }
}
