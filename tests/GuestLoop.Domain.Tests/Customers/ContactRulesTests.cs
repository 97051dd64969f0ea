using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Customers;

namespace GuestLoop.Domain.Tests.Customers;

/// <summary>A contact is checked where it enters, on every channel: a plausible phone or e-mail, or a field error.</summary>
public class ContactRulesTests
{
    [Theory]
    [InlineData("13812345678")]
    [InlineData("+86 138 1234 5678")]
    [InlineData("0086-138-1234-5678")]
    [InlineData("010-12345678")]
    [InlineData("0755 8888 6666")]
    [InlineData("+33 1 42 68 53 00")]
    [InlineData("+1 212 555 0100")]
    public void Mainland_mobiles_landlines_with_area_code_and_international_numbers_are_phones(string phone) =>
        Assert.True(ContactRules.IsPlausiblePhone(phone));

    [Theory]
    [InlineData("abc")]
    [InlineData("AAAA")]
    [InlineData("12345")]
    [InlineData("1381234567")]
    [InlineData("138123456789")]
    [InlineData("12345678")]
    [InlineData("+999 1234567")]
    [InlineData("138-1234-567a")]
    [InlineData("00000000000")]
    public void Anything_else_is_not(string phone) => Assert.False(ContactRules.IsPlausiblePhone(phone));

    [Theory]
    [InlineData("zhang.wei@example.com", true)]
    [InlineData("li+hotel@mail.example.cn", true)]
    [InlineData("abc", false)]
    [InlineData("a@b", false)]
    [InlineData("@example.com", false)]
    [InlineData("Zhang Wei <zw@example.com>", false)]
    [InlineData("zw @example.com", false)]
    [InlineData("zw@example.com.", false)]
    public void An_email_is_one_plain_address(string email, bool plausible) => Assert.Equal(plausible, ContactRules.IsPlausibleEmail(email));

    [Fact]
    public void A_new_case_from_any_channel_refuses_a_bad_phone_or_email_by_field()
    {
        var input = new NewCase(Guid.NewGuid(), CaseKind.Complaint, Channel.Web, "房间噪音", "隔壁装修",
            new Complainant("张伟", "abc", "not-an-address"));
        var now = DateTimeOffset.UtcNow;

        var errors = input.Validate(now);

        Assert.Contains("customer.phone", errors.Keys);
        Assert.Contains("customer.email", errors.Keys);
        Assert.Empty(new NewCase(Guid.NewGuid(), CaseKind.Complaint, Channel.Web, "房间噪音", "隔壁装修",
            new Complainant("张伟", "+86 138 1234 5678", "zw@example.com")).Validate(now));
    }

    [Fact]
    public void A_guest_correction_with_a_bad_phone_is_refused_instead_of_deleting_the_stored_one()
    {
        var errors = new GuestDetails("张伟", Phone: "AAAA").Validate();

        Assert.Equal(["phone"], errors.Keys);
    }
}
