using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Sla;
using GuestLoop.Domain.Tests.Cases;

namespace GuestLoop.Domain.Tests.Intake;

public sealed class RegulatorTransferTests
{
    [Fact]
    public void A_transfer_records_the_regulator_and_holds_the_case_to_the_regulator_policy()
    {
        var c = CaseBuilder.New();

        c.RecordRegulatorTransfer(CaseBuilder.Clerk, CaseBuilder.T0, new RegulatorTransfer("12345热线", "GZ-2026-001", CaseBuilder.T0),
            [new RegulatorDocument("转办单.pdf", "https://example.gov.cn/a.pdf")]);

        Assert.Equal("GZ-2026-001", c.Transfer!.ReferenceNumber);
        Assert.Equal(SlaPresets.RegulatorTransfer, c.PolicyOverride);
        Assert.Single(c.RegulatorDocuments);
    }

    [Fact]
    public void A_second_transfer_or_a_bad_document_is_refused()
    {
        var c = CaseBuilder.New();
        var transfer = new RegulatorTransfer("12301", "R-1", CaseBuilder.T0);

        Assert.Throws<CaseValidationException>(() => c.RecordRegulatorTransfer(CaseBuilder.Clerk, CaseBuilder.T0, transfer, [new RegulatorDocument("a", "not a url")]));
        c.RecordRegulatorTransfer(CaseBuilder.Clerk, CaseBuilder.T0, transfer, []);
        Assert.Throws<CaseValidationException>(() => c.RecordRegulatorTransfer(CaseBuilder.Clerk, CaseBuilder.T0, transfer, []));
    }
}
