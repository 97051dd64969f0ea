using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Compensation;
using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Tests.Compensation;

/// <summary>A compensation from the proposal to the payment, and the steps its state refuses.</summary>
public class GuestCompensationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 2, 0, 0, TimeSpan.Zero);
    private static readonly Actor Head = new(Guid.NewGuid(), "陈静", AuthorityLevel.Level2);

    private static GuestCompensation Proposed(decimal amount = 300m) =>
        GuestCompensation.Propose(Guid.NewGuid(), Guid.NewGuid(), Head, Now, CompensationBasis.PropertyLoss, "行李箱损坏",
            CompensationMethod.Cash, Money.Cny(amount));

    [Fact]
    public void A_compensation_goes_from_proposed_to_paid_with_its_talks_agreement_and_payment()
    {
        var c = Proposed();
        c.Negotiate(Head, Now.AddHours(1), Now.AddMinutes(30), "客人要求500元，协商后同意300元");
        c.Approve(Head, Now.AddHours(2), ApprovalLimits.Default, null);
        var text = CompensationAgreement.Compose(c, "DEMO-HOTEL-20261120-0001", "悦途国际酒店", "张伟", new DateOnly(2026, 11, 20));
        c.Agree(Head, Now.AddHours(3), text, "张伟");
        c.Pay(Head, Now.AddHours(4), Now.AddHours(3.5), "前台收银", "POS-8812");

        Assert.Equal(CompensationState.Paid, c.State);
        Assert.Contains("CNY 300.00", text);
        Assert.Contains("行李箱损坏", c.AgreementText);
        Assert.Equal(("张伟", Now.AddHours(3.5), "前台收银", "POS-8812"), (c.AcceptedBy, c.PaidAt, c.PaidBy, c.PaymentReference));
        Assert.Equal(Now.AddMinutes(30), Assert.Single(c.Negotiation).At);
    }

    [Fact]
    public void Steps_out_of_order_are_refused()
    {
        var c = Proposed();

        Assert.Throws<CompensationStepException>(() => c.Agree(Head, Now, "协议", "张伟"));
        Assert.Throws<CompensationStepException>(() => c.Pay(Head, Now, null, null, "R1"));
        c.Approve(Head, Now, ApprovalLimits.Default, null);
        Assert.Throws<CompensationStepException>(() => c.Approve(Head, Now, ApprovalLimits.Default, null));
        Assert.Throws<CompensationStepException>(() => c.Reject(Head, Now, ApprovalLimits.Default, "不同意"));
    }

    [Theory]
    [InlineData(0, "CNY", "amount")]
    [InlineData(-5, "CNY", "amount")]
    [InlineData(10.005, "CNY", "amount")]
    [InlineData(10, "RMB1", "currency")]
    [InlineData(10, "rm", "currency")]
    public void Bad_amounts_and_currencies_are_field_errors(decimal amount, string currency, string field)
    {
        var e = Assert.Throws<CaseValidationException>(() => GuestCompensation.Propose(Guid.NewGuid(), Guid.NewGuid(), Head, Now,
            CompensationBasis.OtherLoss, "精神损失", CompensationMethod.Cash, new Money(amount, currency)));

        Assert.Contains(field, e.Errors.Keys);
    }

    [Fact]
    public void A_payment_in_the_future_or_a_talk_in_the_future_is_refused()
    {
        var c = Proposed();
        Assert.Throws<CaseValidationException>(() => c.Negotiate(Head, Now, Now.AddDays(1), "明天再谈"));
        c.Approve(Head, Now, ApprovalLimits.Default, null);
        c.Agree(Head, Now, "协议", "张伟");

        var e = Assert.Throws<CaseValidationException>(() => c.Pay(Head, Now, Now.AddMinutes(5), null, "R1"));

        Assert.Contains("paidAt", e.Errors.Keys);
        Assert.Equal(CompensationState.Agreed, c.State);
    }
}
