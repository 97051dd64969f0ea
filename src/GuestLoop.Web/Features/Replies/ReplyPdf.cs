using System.Globalization;
using GuestLoop.Domain.Cases;
using Microsoft.Extensions.Localization;
using GuestLoop.Web.Infrastructure.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace GuestLoop.Web.Features.Replies;

/// <summary>
/// The reply letter as an A4 PDF in the guest's language: heading, case number, the reply text wrapped character by
/// character (Chinese has no spaces to break at), the expected date of an interim reply, the property and the date.
/// </summary>
public sealed class ReplyPdf(IStringLocalizer<SharedResource> l, IConfiguration config)
{
    private const double Margin = 64;

    public byte[] Render(ReplyLetter letter, string propertyName, string language, TimeZoneInfo zone)
    {
        PdfLicence.Ensure(config[PdfLicence.Setting]);
        if (!CjkFontResolver.TryInstall(config["GuestLoop:Pdf:FontPath"]))
        {
            throw new FileNotFoundException("No TrueType font with Chinese glyphs was found for the PDF. Install fonts-wqy-microhei or set GuestLoop:Pdf:FontPath.");
        }

        return GuestCulture.In(language, () =>
        {
            using var document = new PdfDocument();
            document.Info.Title = $"{l[letter.Interim ? "Reply.Letter.InterimTitle" : "Reply.Letter.Title"]} {letter.CaseNumber}";
            document.Info.Creator = "GuestLoop";
            var page = document.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            var gfx = XGraphics.FromPdfPage(page);
            var title = new XFont(CjkFontResolver.Face, 18);
            var body = new XFont(CjkFontResolver.Face, 11);
            var width = page.Width.Point - 2 * Margin;
            var y = Margin;

            gfx.DrawString(l[letter.Interim ? "Reply.Letter.InterimTitle" : "Reply.Letter.Title"], title, XBrushes.Black,
                new XRect(Margin, y, width, 24), XStringFormats.TopCenter);
            y += 40;
            y = Write(gfx, l["Reply.Letter.Case", letter.CaseNumber], body, y, width);
            y += 10;
            foreach (var paragraph in letter.Text.Replace("\r\n", "\n").Split('\n'))
            {
                y = Write(gfx, paragraph, body, y, width);
                if (y > page.Height.Point - Margin)
                {
                    page = document.AddPage();
                    page.Size = PdfSharp.PageSize.A4;
                    gfx.Dispose();
                    gfx = XGraphics.FromPdfPage(page);
                    y = Margin;
                }
            }

            if (letter.ExpectedBy is { } expected)
            {
                y += 10;
                y = Write(gfx, l["Reply.Letter.Expected", expected.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)], body, y, width);
            }

            y += 30;
            gfx.DrawString(propertyName, body, XBrushes.Black, new XRect(Margin, y, width, 16), XStringFormats.TopRight);
            y += 18;
            var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(letter.RepliedAt, zone).DateTime);
            gfx.DrawString(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), body, XBrushes.Black, new XRect(Margin, y, width, 16), XStringFormats.TopRight);
            gfx.Dispose();

            using var output = new MemoryStream();
            document.Save(output, closeStream: false);
            return output.ToArray();
        });
    }

    /// <summary>Draws one paragraph, breaking lines where the next character would not fit; returns the y below it.</summary>
    private static double Write(XGraphics gfx, string paragraph, XFont font, double y, double width)
    {
        var lineHeight = font.Size * 1.6;
        if (paragraph.Length == 0)
        {
            return y + lineHeight / 2;
        }

        var line = new System.Text.StringBuilder();
        foreach (var ch in paragraph)
        {
            if (line.Length > 0 && gfx.MeasureString(line.ToString() + ch, font).Width > width)
            {
                gfx.DrawString(line.ToString(), font, XBrushes.Black, new XPoint(Margin, y + font.Size));
                y += lineHeight;
                line.Clear();
            }

            line.Append(ch);
        }

        gfx.DrawString(line.ToString(), font, XBrushes.Black, new XPoint(Margin, y + font.Size));
        return y + lineHeight;
    }
}
