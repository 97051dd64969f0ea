using System.Globalization;
using System.Text;

namespace GuestLoop.Domain.Compensation;

/// <summary>
/// The agreement (赔偿协议) the guest accepts, as plain text: written once from the approved compensation and
/// stored exactly as accepted, so a later change of wording never rewrites a signed agreement.
/// </summary>
public static class CompensationAgreement
{
    public static string Compose(GuestCompensation c, string caseNumber, string propertyName, string guestName, DateOnly date)
    {
        var text = new StringBuilder();
        text.AppendLine("赔偿协议 / Compensation agreement");
        text.AppendLine();
        text.AppendLine($"案件编号 Case: {caseNumber}");
        text.AppendLine($"甲方 Enterprise: {propertyName}");
        text.AppendLine($"乙方 Guest: {guestName}");
        text.AppendLine($"赔偿依据 Basis: {Basis(c.Basis)}");
        text.AppendLine($"赔偿范围 Scope: {c.Scope}");
        text.AppendLine($"赔偿方式 Method: {Method(c.Method)}");
        text.AppendLine($"金额 Amount: {c.Currency} {c.Amount.ToString("N2", CultureInfo.InvariantCulture)}");
        text.AppendLine();
        text.AppendLine("双方经协商一致，甲方按上述方式和金额向乙方赔偿，乙方接受本协议，就本事项不再另行主张。");
        text.AppendLine("Both parties agree: the enterprise compensates the guest as stated above; the guest accepts this settlement of the matter.");
        text.AppendLine();
        text.Append($"日期 Date: {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        return text.ToString();
    }

    private static string Basis(CompensationBasis b) => b switch
    {
        CompensationBasis.PersonalInjury => "人身损害 personal injury",
        CompensationBasis.PropertyLoss => "财产损失 property loss",
        _ => "其他损失 other loss",
    };

    private static string Method(CompensationMethod m) => m switch
    {
        CompensationMethod.Cash => "现金 cash",
        CompensationMethod.InKind => "实物 in kind",
        CompensationMethod.ServiceFree => "免费服务 free service",
        CompensationMethod.ServiceDiscounted => "优惠服务 discounted service",
        _ => "其他约定 other agreed",
    };
}
