using System.Buffers.Binary;
using PdfSharp.Fonts;

namespace GuestLoop.Web.Infrastructure.Pdf;

/// <summary>
/// Gives PDFsharp a TrueType font that has the Chinese glyphs. PDFsharp embeds TrueType outlines only (not the CFF
/// of Noto Sans CJK) and reads no font collections, so the first face of a .ttc (Debian's fonts-wqy-microhei /
/// fonts-wqy-zenhei) is cut out into a plain TrueType font here. The path is <c>GuestLoop:Pdf:FontPath</c>, else
/// the first of <see cref="Candidates"/> that exists.
/// </summary>
public sealed class CjkFontResolver : IFontResolver
{
    public const string Face = "GuestLoopCjk";

    public static readonly string[] Candidates =
    [
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "C:\\Windows\\Fonts\\simhei.ttf",
    ];

    private static readonly Lock Gate = new();
    private readonly byte[] _font;

    private CjkFontResolver(byte[] font) => _font = font;

    /// <summary>Installs the resolver once per process; false when no usable font file exists.</summary>
    public static bool TryInstall(string? configuredPath)
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is CjkFontResolver)
            {
                return true;
            }

            var path = new[] { configuredPath }.Concat(Candidates).FirstOrDefault(p => !string.IsNullOrWhiteSpace(p) && File.Exists(p));
            if (path is null)
            {
                return false;
            }

            GlobalFontSettings.FontResolver = new CjkFontResolver(FirstFace(File.ReadAllBytes(path)));
            return true;
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(Face, bold, italic);

    public byte[] GetFont(string faceName) => _font;

    /// <summary>A .ttc's first font as a standalone .ttf; any other file as it is.</summary>
    public static byte[] FirstFace(byte[] file)
    {
        if (file.Length < 16 || BinaryPrimitives.ReadUInt32BigEndian(file) != 0x74746366) // "ttcf"
        {
            return file;
        }

        var start = (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(12));
        var tables = BinaryPrimitives.ReadUInt16BigEndian(file.AsSpan(start + 4));
        var header = 12 + 16 * tables;
        var records = Enumerable.Range(0, tables).Select(i => start + 12 + 16 * i).Select(r => (
            Record: r,
            Offset: (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(r + 8)),
            Length: (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(r + 12)))).ToList();
        var size = header + records.Sum(t => (t.Length + 3) & ~3);
        var font = new byte[size];
        file.AsSpan(start, header).CopyTo(font);
        var at = header;
        for (var i = 0; i < records.Count; i++)
        {
            var (_, offset, length) = records[i];
            file.AsSpan(offset, length).CopyTo(font.AsSpan(at));
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(12 + 16 * i + 8), (uint)at);
            at += (length + 3) & ~3;
        }

        return font;
    }
}
