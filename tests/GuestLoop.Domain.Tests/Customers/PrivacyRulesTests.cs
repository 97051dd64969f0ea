using GuestLoop.Domain.Customers;
using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Tests.Customers;

/// <summary>Masking, normalising for the keyed hash, and who sees, reveals, exports and erases personal data.</summary>
public class PrivacyRulesTests
{
    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("1234", "**34")]
    [InlineData(null, null)]
    public void Phones_are_masked_to_their_first_three_and_last_four_digits(string? phone, string? masked) =>
        Assert.Equal(masked, Masking.Phone(phone));

    [Fact]
    public void Document_numbers_emails_and_addresses_are_masked()
    {
        Assert.Equal("110***********1234", Masking.IdNumber("110101199003071234"));
        Assert.Equal("z***@example.com", Masking.Email("zhang.wei@example.com"));
        Assert.Equal("深圳市南山区****", Masking.Address("深圳市南山区科技园北区"));
    }

    [Theory]
    [InlineData("+86 138-1234-5678")]
    [InlineData("0086 13812345678")]
    [InlineData("138 1234 5678")]
    public void Phone_spellings_normalise_to_one_value(string spelled) =>
        Assert.Equal("13812345678", ContactNormaliser.Normalise(SensitiveField.Phone, spelled));

    [Theory]
    [InlineData(AuthorityLevel.Level1, false, true, true, true)]
    [InlineData(AuthorityLevel.Level2, false, true, true, true)]
    [InlineData(AuthorityLevel.Level3, false, false, true, false)]
    [InlineData(AuthorityLevel.None, false, false, false, false)]
    [InlineData(AuthorityLevel.None, true, true, true, true)]
    public void Roles_see_reveal_and_export_by_need(AuthorityLevel level, bool admin, bool clear, bool reveal, bool export)
    {
        Assert.Equal(clear, PrivacyRules.SeesClearValues(level, admin));
        Assert.Equal(reveal, PrivacyRules.MayReveal(level, admin));
        Assert.Equal(export, PrivacyRules.MayExportOrErase(level, admin));
    }

    [Fact]
    public void A_reveal_needs_a_reason()
    {
        Assert.Throws<GuestRuleException>(() => PrivacyRules.RequireReason("  "));
        Assert.Throws<GuestRuleException>(() => PrivacyRules.RequireReason(new string('因', PrivacyRules.ReasonMax + 1)));
        PrivacyRules.RequireReason("回访客人");
    }
}
