using System.Globalization;
using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Compensation;
using GuestLoop.Domain.Organisation;
using GuestLoop.Web.Features.Compensation;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace GuestLoop.Web.Tests.Features.Compensation;

/// <summary>The written reply's draft reads in the reader's language and carries findings, measures and compensation.</summary>
[Collection(SharedSqliteApp.Name)]
public sealed class ReplyDraftTextTests(SqliteApp app)
{
    private static ReplyDraft Draft()
    {
        var head = new Actor(Guid.NewGuid(), "head", AuthorityLevel.Level2);
        var now = new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
        var done = Remedy.Plan(Guid.NewGuid(), head, now, RemedyKind.RepairOrReplace, "更换床单", head.StaffId!.Value, "head", new DateOnly(2026, 3, 3));
        done.MarkDone(head, now, null);
        var planned = Remedy.Plan(Guid.NewGuid(), head, now, RemedyKind.Training, "客房部全员培训", head.StaffId!.Value, "head", new DateOnly(2026, 3, 20));
        var money = GuestCompensation.Propose(Guid.NewGuid(), Guid.NewGuid(), head, now, CompensationBasis.OtherLoss, "房费减免", CompensationMethod.Cash, new Money(300m, "CNY"));
        money.Approve(head, now, ApprovalLimits.Default, null);
        return new ReplyDraft("张伟", "洗涤公司送回的布草混入未洗床单。", [done], [planned], [money]);
    }

    [Theory]
    [InlineData("zh-CN", "尊敬的张伟：", "经调查核实：洗涤公司送回的布草混入未洗床单。", "（将于2026-03-20前完成）", "CNY 300.00", "深表歉意")]
    [InlineData("en", "Dear 张伟,", "What we found: 洗涤公司送回的布草混入未洗床单。", "(to be done by 2026-03-20)", "CNY 300.00", "apologise")]
    public void The_draft_reads_in_the_readers_language(string culture, params string[] expected)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            var text = ReplyDraftText.Compose(app.Services.GetRequiredService<IStringLocalizer<SharedResource>>(), Draft());

            Assert.All(expected, e => Assert.Contains(e, text));
            Assert.Contains("1. ", text);
            Assert.Contains("3. ", text);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
