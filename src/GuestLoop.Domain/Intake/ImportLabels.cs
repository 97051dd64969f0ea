using GuestLoop.Domain.Cases;

namespace GuestLoop.Domain.Intake;

/// <summary>The Chinese words staff write in spreadsheets for kinds, channels, categories and severities.</summary>
public static class ImportLabels
{
    /// <summary>Dates without an offset are China Standard Time, which has no daylight saving.</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static readonly IReadOnlyDictionary<string, CaseKind> Kinds = new Dictionary<string, CaseKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["投诉"] = CaseKind.Complaint, ["建议"] = CaseKind.Suggestion, ["表扬"] = CaseKind.Praise,
        ["服务请求"] = CaseKind.Request, ["咨询"] = CaseKind.Inquiry,
    };

    public static readonly IReadOnlyDictionary<string, Channel> Channels = new Dictionary<string, Channel>(StringComparer.OrdinalIgnoreCase)
    {
        ["现场"] = Channel.Onsite, ["电话"] = Channel.Phone, ["网站"] = Channel.Web, ["公众号"] = Channel.Social,
        ["邮件"] = Channel.Email, ["平台"] = Channel.Platform, ["导游"] = Channel.Guide, ["问卷"] = Channel.Survey,
    };

    public static readonly IReadOnlyDictionary<string, Category> Categories = new Dictionary<string, Category>(StringComparer.OrdinalIgnoreCase)
    {
        ["服务质量"] = Category.ServiceQuality, ["设施设备"] = Category.Facility, ["环境卫生"] = Category.Hygiene,
        ["安全保卫"] = Category.Safety, ["价格"] = Category.Price, ["信息"] = Category.Information, ["合同"] = Category.Contract,
        ["其他"] = Category.Other,
    };

    public static readonly IReadOnlyDictionary<string, Severity> Severities = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase)
    {
        ["一般"] = Severity.General, ["重大"] = Severity.Major, ["紧急"] = Severity.Urgent,
    };
}
