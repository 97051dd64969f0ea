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
/// A character the Chinese font lacks is drawn in an installed fallback font; one no font has is drawn as a visible
/// mark and counted in a warning, never dropped.
/// </summary>
public sealed class ReplyPdf(IStringLocalizer<SharedResource> l, IConfiguration config, ILogger<ReplyPdf> log)
{
    private const double Margin = 64;

    public byte[] Render(ReplyLetter letter, string propertyName, string language, TimeZoneInfo zone)
    {
        if (!CjkFontResolver.TryInstall(config["GuestLoop:Pdf:FontPath"], config.GetSection("GuestLoop:Pdf:FallbackFontPaths").Get<string[]>()))
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
            var faces = CjkFontResolver.Current!.Faces;
            var title = new PdfText(faces, 18);
            var body = new PdfText(faces, 11);
            var width = page.Width.Point - 2 * Margin;
            var y = Margin;

            var heading = title.Layout(l[letter.Interim ? "Reply.Letter.InterimTitle" : "Reply.Letter.Title"]).Runs;
            title.Draw(gfx, heading, Margin + (width - title.Width(gfx, heading)) / 2, y + title.Size);
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
            var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(letter.RepliedAt, zone).DateTime);
            foreach (var signature in new[] { propertyName, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) })
            {
                var runs = body.Layout(signature).Runs;
                body.Draw(gfx, runs, Margin + width - body.Width(gfx, runs), y + body.Size);
                y += 18;
            }

            gfx.Dispose();
            if (title.Missing + body.Missing is var missing and > 0)
            {
                log.LogWarning("The reply letter of case {CaseNumber} has {Missing} characters that no installed font has; they are drawn as {Mark}. "
                    + "Install a TrueType font with them or name one in GuestLoop:Pdf:FallbackFontPaths.", letter.CaseNumber, missing, FontRuns.Replacement);
            }

            using var output = new MemoryStream();
            document.Save(output, closeStream: false);
            return ToUnicodeRepair.Apply(output.ToArray());
        });
    }

    /// <summary>Draws one paragraph, breaking lines where the next character would not fit; returns the y below it.</summary>
    private static double Write(XGraphics gfx, string paragraph, PdfText text, double y, double width)
    {
        var lineHeight = text.Size * 1.6;
        if (paragraph.Length == 0)
        {
            return y + lineHeight / 2;
        }

        foreach (var line in text.Wrap(gfx, paragraph, width))
        {
            text.Draw(gfx, line, Margin, y + text.Size);
            y += lineHeight;
        }

        return y;
    }
}
