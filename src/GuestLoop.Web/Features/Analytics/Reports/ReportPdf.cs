using System.Globalization;
using GuestLoop.Web.Infrastructure.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace GuestLoop.Web.Features.Analytics.Reports;

/// <summary>The printable quarterly report: headline figures, bar charts drawn with XGraphics, the improvement actions.</summary>
public static class ReportPdf
{
    private const double Margin = 50;

    /// <summary>The PDF languages: Chinese is the report's own, English is the other offered to readers.</summary>
    public static readonly IReadOnlyList<CultureInfo> Cultures = [new("zh-CN"), new("en")];

    /// <summary>The file extension of the PDF in a language: <c>pdf</c> for Chinese, <c>en.pdf</c> for English.</summary>
    public static string Extension(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en" ? "en.pdf" : "pdf";

    /// <summary>Writes the report in one language; <paramref name="text"/> gives each label in that language.</summary>
    public static byte[] Write(QuarterlyFigures f, string? fontPath, Func<string, object[], string> text)
    {
        if (!CjkFontResolver.TryInstall(fontPath))
        {
            throw new InvalidOperationException("No CJK TrueType font found for the PDF; install fonts-wqy-microhei or set GuestLoop:Pdf:FontPath.");
        }

        string T(string key, params object[] args) => text(key, args);
        string Named(string prefix, string key) => T(prefix + char.ToUpperInvariant(key[0]) + key[1..]);

        var title = T("Report.Pdf.Title", f.Year, f.Quarter, f.Filter.PropertyCode ?? T("Report.Pdf.AllProperties"));
        using var document = new PdfDocument();
        document.Info.Title = title;
        var page = new Writer(document);
        page.Heading(title, 16);
        page.Line(T("Report.Pdf.Period", $"{f.Filter.Period.From:yyyy-MM-dd}", $"{f.Filter.Period.To:yyyy-MM-dd}", f.Filter.Period.Zone.Id));
        page.Line(T("Report.Pdf.Headline", f.Volumes.Total, Num(f.Satisfaction.Csat), Num(f.Satisfaction.Nps), Percent(f.Reopens.ReopenRate)));
        page.Line(T("Report.Pdf.Repeats", f.Reopens.ReopenedTwice, f.Reopens.RepeatComplainants, f.Reopens.RepeatComplaints));
        foreach (var t in f.Compensation.Totals)
        {
            page.Line(T("Report.Pdf.Compensation", Named("Compensation.State.", t.State), t.Count, t.Currency, t.Amount.ToString("N2", CultureInfo.InvariantCulture)));
        }

        page.Heading(T("Report.Pdf.PerMonth"), 12);
        page.Bars(f.Volumes.Period.Buckets.Zip(f.Volumes.Counts, (l, c) => (l, (double)c)).ToList(), "0");
        page.Heading(T("Report.Pdf.ByCategory"), 12);
        page.Bars(f.Volumes.ByCategory.Select(s => (Named("Category.", s.Key), (double)s.Total)).ToList(), "0");
        page.Heading(T("Report.Pdf.OnTime"), 12);
        page.Bars(f.Deadlines.Stages.Select(s => (Named("Stage.", s.Stage), Math.Round((s.OnTimeRate ?? 0) * 100, 1))).ToList(), "0.0");
        page.Heading(T("Report.Pdf.Handling"), 12);
        page.Bars(f.Handling.Stages.Select(s => (Named("Stage.", s.Stage), Math.Round((s.MedianMinutes ?? 0) / 60.0, 1))).ToList(), "0.0");
        page.Heading(T("Report.Pdf.Surveys"), 12);
        page.Line(T("Report.Pdf.SurveyCounts", f.Surveys.Sent, f.Surveys.Answered, Percent(f.Surveys.ResponseRate)));
        foreach (var t in f.Surveys.Templates)
        {
            page.Line($"· {t.PropertyCode} {t.Title}（{t.DepartmentName ?? "—"}）{t.Answered}/{t.Sent} · {Percent(t.ResponseRate)}"
                + string.Concat(t.Questions.Where(q => q.Nps is not null).Select(q => $" · NPS {Num(q.Nps)}")));
            foreach (var q in t.Questions.Where(q => q.ChoiceCounts is not null))
            {
                page.Line($"    {q.Text}: {string.Join(", ", q.ChoiceCounts!.Select(c => $"{c.Key} {c.Value}"))}");
            }
        }

        page.Bars(f.Surveys.Templates.SelectMany(t => t.Questions.Where(q => q.MeanRating is not null)
            .Select(q => ($"{t.PropertyCode} {q.Text}", q.MeanRating!.Value))).ToList(), "0.00");
        page.Heading(T("Report.Pdf.WorkOrders"), 12);
        var o = f.WorkOrders.Overall;
        page.Line(T("Report.Pdf.WorkOrderHeadline", o.Orders, o.Done, Percent(o.ResponseOnTimeRate), Percent(o.CompletionOnTimeRate),
            Num(o.MedianResponseMinutes), Num(o.MedianCompletionMinutes)));
        if (f.WorkOrders.PerOccupiedRoomNight is { } perRoom)
        {
            page.Line(T("Report.Pdf.WorkOrdersPerRoom", perRoom.ToString("0.00", CultureInfo.InvariantCulture), f.WorkOrders.OccupiedRoomNights ?? 0));
        }

        page.Bars(f.WorkOrders.ByType.Select(t => (t.Group, Math.Round((t.CompletionOnTimeRate ?? 0) * 100, 1))).ToList(), "0.0");
        page.Heading(T("Report.Pdf.Actions"), 12);
        if (f.Actions.Count == 0)
        {
            page.Line("—");
        }

        foreach (var a in f.Actions)
        {
            page.Line(T("Report.Pdf.Action", a.Title, a.Property ?? T("Report.Pdf.AllProperties"), $"{a.DueOn:yyyy-MM-dd}", T("ImprovementState." + a.State), a.Cases));
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

            // The tallest bar's value sits in a band of its own under the heading, the labels in one under the axis.
            const double height = 150, valueBand = 12;
            var g = Room(valueBand + height + 30);
            _y += valueBand;
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
                g.DrawString(Fit(g, bars[i].Label, font, slot * 0.95), font, XBrushes.Black, new XPoint(x, _y + height + 10));
            }

            _y += height + 24;
        }

        /// <summary>A label cut with an ellipsis to its bar's width, so neighbouring labels never run into each other.</summary>
        private static string Fit(XGraphics g, string label, XFont font, double width)
        {
            if (g.MeasureString(label, font).Width <= width)
            {
                return label;
            }

            var cut = label;
            while (cut.Length > 1 && g.MeasureString(cut + "…", font).Width > width)
            {
                cut = cut[..^1];
            }

            return cut + "…";
        }
    }
}
