using System.Globalization;
using GuestLoop.Web.Infrastructure.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace GuestLoop.Web.Features.Analytics.Reports;

/// <summary>The printable quarterly report: headline figures, bar charts drawn with XGraphics, the improvement actions.</summary>
public static class ReportPdf
{
    private const double Margin = 50;

    public static byte[] Write(QuarterlyFigures f, string? fontPath)
    {
        if (!CjkFontResolver.TryInstall(fontPath))
        {
            throw new InvalidOperationException("No CJK TrueType font found for the PDF; install fonts-wqy-microhei or set GuestLoop:Pdf:FontPath.");
        }

        using var document = new PdfDocument();
        document.Info.Title = f.Title;
        var page = new Writer(document);
        page.Heading(f.Title, 16);
        page.Line($"期间 Period: {f.Filter.Period.From:yyyy-MM-dd} – {f.Filter.Period.To:yyyy-MM-dd} ({f.Filter.Period.Zone.Id})");
        page.Line($"受理量 Cases: {f.Volumes.Total}    CSAT: {Num(f.Satisfaction.Csat)}    NPS: {Num(f.Satisfaction.Nps)}    重开率 Reopen rate: {Percent(f.Reopens.ReopenRate)}");
        page.Line($"重开两次 Reopened twice: {f.Reopens.ReopenedTwice}    重复投诉人 Repeat complainants: {f.Reopens.RepeatComplainants}（{f.Reopens.RepeatComplaints}）");
        foreach (var t in f.Compensation.Totals)
        {
            page.Line($"赔偿 Compensation {t.State}: {t.Count} · {t.Currency} {t.Amount.ToString("N2", CultureInfo.InvariantCulture)}");
        }

        page.Heading("每月受理量 Cases per month", 12);
        page.Bars(f.Volumes.Period.Buckets.Zip(f.Volumes.Counts, (l, c) => (l, (double)c)).ToList(), "0");
        page.Heading("按类别 By category", 12);
        page.Bars(f.Volumes.ByCategory.Select(s => (s.Key, (double)s.Total)).ToList(), "0");
        page.Heading("各阶段时限达标率 % Deadline compliance", 12);
        page.Bars(f.Deadlines.Stages.Select(s => (s.Stage, Math.Round((s.OnTimeRate ?? 0) * 100, 1))).ToList(), "0.0");
        page.Heading("各阶段处理用时（中位数，小时）Handling time, median hours", 12);
        page.Bars(f.Handling.Stages.Select(s => (s.Stage, Math.Round((s.MedianMinutes ?? 0) / 60.0, 1))).ToList(), "0.0");
        page.Heading("满意度调查 Satisfaction surveys", 12);
        page.Line($"发送 Sent: {f.Surveys.Sent}    回答 Answered: {f.Surveys.Answered}    回收率 Response rate: {Percent(f.Surveys.ResponseRate)}");
        foreach (var t in f.Surveys.Templates)
        {
            page.Line($"· {t.PropertyCode} {t.Title}（{t.DepartmentName ?? "—"}）{t.Answered}/{t.Sent} · {Percent(t.ResponseRate)}"
                + string.Concat(t.Questions.Where(q => q.Nps is not null).Select(q => $" · NPS {Num(q.Nps)}")));
            foreach (var q in t.Questions.Where(q => q.ChoiceCounts is not null))
            {
                page.Line($"    {q.Text}: {string.Join("，", q.ChoiceCounts!.Select(c => $"{c.Key} {c.Value}"))}");
            }
        }

        page.Bars(f.Surveys.Templates.SelectMany(t => t.Questions.Where(q => q.MeanRating is not null)
            .Select(q => ($"{t.PropertyCode} {q.Key}", q.MeanRating!.Value))).ToList(), "0.00");
        page.Heading("改进措施 Improvement actions", 12);
        if (f.Actions.Count == 0)
        {
            page.Line("—");
        }

        foreach (var a in f.Actions)
        {
            page.Line($"· {a.Title}（{a.Property ?? "全部"}）到期 {a.DueOn:yyyy-MM-dd} · {a.State} · 关联案件 {a.Cases}");
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return ToUnicodeRepair.Apply(stream.ToArray());
    }

    private static string Num(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "—";

    private static string Percent(double? fraction) => fraction?.ToString("P1", CultureInfo.InvariantCulture) ?? "—";

    /// <summary>Writes top to bottom, starting a new page when the next item does not fit.</summary>
    private sealed class Writer(PdfDocument document)
    {
        private PdfPage? _page;
        private XGraphics? _g;
        private double _y;

        private XGraphics Room(double height)
        {
            if (_g is null || _y + height > _page!.Height.Point - Margin)
            {
                _g?.Dispose();
                _page = document.AddPage();
                _page.Size = PdfSharp.PageSize.A4;
                _g = XGraphics.FromPdfPage(_page);
                _y = Margin;
            }

            return _g;
        }

        public void Heading(string text, double size)
        {
            var g = Room(size * 2.2);
            _y += size * 0.6;
            g.DrawString(text, new XFont(CjkFontResolver.Face, size, XFontStyleEx.Bold), XBrushes.Black, new XPoint(Margin, _y + size));
            _y += size * 1.6;
        }

        public void Line(string text)
        {
            var g = Room(16);
            g.DrawString(text, new XFont(CjkFontResolver.Face, 9.5), XBrushes.Black, new XPoint(Margin, _y + 10));
            _y += 15;
        }

        public void Bars(IReadOnlyList<(string Label, double Value)> bars, string format)
        {
            if (bars.Count == 0)
            {
                Line("—");
                return;
            }

            const double height = 150;
            var g = Room(height + 30);
            var width = _page!.Width.Point - 2 * Margin;
            var max = Math.Max(1, bars.Max(b => b.Value));
            var slot = width / bars.Count;
            var font = new XFont(CjkFontResolver.Face, Math.Min(8, slot / 5));
            g.DrawLine(XPens.Gray, Margin, _y + height, Margin + width, _y + height);
            for (var i = 0; i < bars.Count; i++)
            {
                var h = height * bars[i].Value / max;
                var x = Margin + i * slot + slot * 0.15;
                g.DrawRectangle(new XSolidBrush(XColor.FromArgb(25, 118, 210)), x, _y + height - h, slot * 0.7, h);
                g.DrawString(bars[i].Value.ToString(format, CultureInfo.InvariantCulture), font, XBrushes.Black, new XPoint(x, _y + height - h - 2));
                g.DrawString(bars[i].Label, font, XBrushes.Black, new XPoint(x, _y + height + 10));
            }

            _y += height + 24;
        }
    }
}
