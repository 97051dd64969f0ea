using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Filters;
using PdfSharp.Pdf.IO;

namespace GuestLoop.Web.Infrastructure.Pdf;

/// <summary>
/// PDFsharp 6.2 writes a character beyond U+FFFF (CJK Extension B, such as 𠮷 in a guest's name) into a font's ToUnicode
/// map as five or six hex digits, where the PDF format wants its UTF-16 surrogate pair: the glyph is drawn, but copying,
/// searching or reading the letter aloud yields garbage. This rewrites those entries of a finished PDF; a PDF without such
/// characters is returned as it is.
/// </summary>
public static partial class ToUnicodeRepair
{
    [GeneratedRegex("<([0-9A-F]{4})><([0-9A-F]{4})><([0-9A-F]{5,6})>")]
    private static partial Regex WideEntry();

    public static byte[] Apply(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Modify);
        var repaired = false;
        foreach (var font in document.Internals.GetAllObjects().OfType<PdfDictionary>())
        {
            if (font.Elements.GetDictionary("/ToUnicode") is not { Stream: not null } map)
            {
                continue;
            }

            var cmap = Encoding.ASCII.GetString(map.Stream.UnfilteredValue);
            var fixedMap = WideEntry().Replace(cmap, m =>
            {
                var pair = char.ConvertFromUtf32(Convert.ToInt32(m.Groups[3].Value, 16));
                return $"<{m.Groups[1].Value}><{m.Groups[2].Value}><{(int)pair[0]:X4}{(int)pair[1]:X4}>";
            });
            if (fixedMap == cmap)
            {
                continue;
            }

            map.Elements.SetName(PdfDictionary.PdfStream.Keys.Filter, "/FlateDecode");
            map.Stream.Value = Filtering.FlateDecode.Encode(Encoding.ASCII.GetBytes(fixedMap));
            map.Elements.SetInteger(PdfDictionary.PdfStream.Keys.Length, map.Stream.Length);
            repaired = true;
        }

        if (!repaired)
        {
            return pdf;
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }
}
