using GuestLoop.Domain.Intake;

namespace GuestLoop.Web.Features.Intake;

/// <summary>A first guess of the mapping from the usual column names, which the administrator then corrects.</summary>
public static class ImportHeaders
{
    private static readonly Dictionary<string, ImportField> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["标题"] = ImportField.Title, ["主题"] = ImportField.Title,
        ["内容"] = ImportField.Description, ["描述"] = ImportField.Description, ["投诉内容"] = ImportField.Description,
        ["类型"] = ImportField.Kind, ["渠道"] = ImportField.Channel, ["类别"] = ImportField.Category, ["性质"] = ImportField.Severity,
        ["发生时间"] = ImportField.OccurredAt, ["受理时间"] = ImportField.ReceivedAt, ["接收时间"] = ImportField.ReceivedAt,
        ["姓名"] = ImportField.CustomerName, ["客人姓名"] = ImportField.CustomerName, ["电话"] = ImportField.CustomerPhone,
        ["手机"] = ImportField.CustomerPhone, ["邮箱"] = ImportField.CustomerEmail, ["诉求"] = ImportField.Demands,
        ["处理要求"] = ImportField.Demands, ["地点"] = ImportField.Place, ["编号"] = ImportField.ExternalRef, ["外部编号"] = ImportField.ExternalRef,
    };

    public static ImportField? Guess(string header)
    {
        var h = header.Trim();
        if (Known.TryGetValue(h, out var known))
        {
            return known;
        }

        var compact = h.Replace(" ", "").Replace("_", "").Replace("-", "");
        return Enum.TryParse<ImportField>(compact, ignoreCase: true, out var field) && !int.TryParse(compact, out _) ? field : null;
    }

    public static ImportMapping GuessAll(IEnumerable<string> headers) =>
        new(headers.Select(h => (h, Field: Guess(h))).Where(x => x.Field is not null).GroupBy(x => x.Field)
            .ToDictionary(g => g.First().h, g => g.Key!.Value, StringComparer.OrdinalIgnoreCase));
}
