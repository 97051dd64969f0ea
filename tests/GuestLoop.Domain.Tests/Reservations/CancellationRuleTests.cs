using GuestLoop.Domain.Reservations;

namespace GuestLoop.Domain.Tests.Reservations;

public class CancellationRuleTests
{
    private static readonly DateTimeOffset CheckIn = new(2026, 12, 10, 14, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData(-49, 0)]
    [InlineData(-48, 0)]
    [InlineData(-47, 600)]
    [InlineData(5, 600)]
    public void The_late_charge_starts_when_the_free_window_ends(int hoursFromCheckIn, decimal charge)
    {
        var rule = new CancellationRule(48, 2, 1, 0);
        Assert.Equal(charge, rule.CancellationCharge(CheckIn.AddHours(hoursFromCheckIn), CheckIn, 3, 300m));
    }

    [Fact]
    public void No_charge_is_more_than_the_stay()
    {
        var rule = new CancellationRule(0, 5, 5, 5);
        Assert.Equal(600m, rule.CancellationCharge(CheckIn, CheckIn.AddHours(-1), 2, 300m));
        Assert.Equal(600m, rule.NoShowCharge(2, 300m));
        Assert.Equal(600m, rule.Deposit(2, 300m));
    }

    [Fact]
    public void Negative_or_huge_terms_are_refused_by_field()
    {
        var errors = new FieldErrors();
        new CancellationRule(-1, 31, 0, -2).Check(errors);
        Assert.Equal(["depositNights", "freeUntilHours", "lateChargeNights"], errors.Keys.Order());
    }

    [Theory]
    [InlineData("11010119900307002X", true)]
    [InlineData("11010119900307002x", true)]
    [InlineData("110101199003071235", false)]
    [InlineData("110101199003071233", true)]
    [InlineData("11010119901307002X", false)]
    [InlineData("1101011990030712", false)]
    public void A_resident_identity_card_number_has_its_check_character_and_a_real_birth_date(string number, bool valid)
    {
        Assert.Equal(valid, ResidentIdentityCard.IsValid(number));
    }
}
