using System.Globalization;
using System.Text;

namespace GuestLoop.Web.Features.Compensation;

/// <summary>The ledger as CSV for a spreadsheet: UTF-8 with a byte-order mark so Excel reads the Chinese text.</summary>
public static class LedgerCsv
{
    public static byte[] Write(LedgerReport report)
    {
        var csv = new StringBuilder();
        Row(csv, "case", "property", "basis", "method", "state", "currency", "amount", "approvedAt", "approvedBy", "paidAt", "paymentReference");
        foreach (var l in report.Lines)
        {
            Row(csv, l.CaseNumber, l.Property, l.Basis.ToString(), l.Method.ToString(), l.State.ToString(), l.Currency, Amount(l.Amount),
                l.ApprovedAt.ToString("O", CultureInfo.InvariantCulture), l.ApprovedBy, l.PaidAt?.ToString("O", CultureInfo.InvariantCulture),
                l.PaymentReference);
        }

        csv.AppendLine();
        Row(csv, "total", "currency", "count", "approved", "paid");
        foreach (var t in report.Totals)
        {
            Row(csv, "all", t.Currency, t.Count.ToString(CultureInfo.InvariantCulture), Amount(t.Approved), Amount(t.Paid));
            foreach (var x in t.ByBasis.Select(b => ("basis:" + b.Key, b)).Concat(t.ByMethod.Select(m => ("method:" + m.Key, m))))
            {
                Row(csv, x.Item1, t.Currency, x.Item2.Count.ToString(CultureInfo.InvariantCulture), Amount(x.Item2.Approved), Amount(x.Item2.Paid));
            }
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    public static string FileName(LedgerReport report) =>
        $"compensation-ledger-{report.Property ?? "all"}-{report.From:yyyyMMdd}-{report.To:yyyyMMdd}.csv";

    private static string Amount(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static void Row(StringBuilder csv, params string?[] fields) =>
        csv.Append(string.Join(',', fields.Select(Escape))).Append("\r\n");

    // Quotes fields that need it, and defuses leading formula characters so a spreadsheet shows text, not a formula.
    private static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var safe = value[0] is '=' or '+' or '-' or '@' && !decimal.TryParse(value, CultureInfo.InvariantCulture, out _) ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{safe.Replace("\"", "\"\"")}\"" : safe;
    }
}
