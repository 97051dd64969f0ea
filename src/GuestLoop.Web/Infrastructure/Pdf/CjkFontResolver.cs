using PdfSharp.Fonts;

namespace GuestLoop.Web.Infrastructure.Pdf;

/// <summary>
/// Gives PDFsharp a TrueType font that has the Chinese glyphs. PDFsharp embeds TrueType outlines only (not the CFF
/// of Noto Sans CJK) and reads no font collections, so the first face of a .ttc (Debian's fonts-wqy-microhei /
/// fonts-wqy-zenhei) is cut out into a plain TrueType font (<see cref="TrueTypeCollection"/>). Reply letters and
/// the quarterly report share it: PDFsharp keeps one resolver per process. The path is <c>GuestLoop:Pdf:FontPath</c>, else
/// the first of <see cref="Candidates"/> that exists.
/// </summary>
public sealed class CjkFontResolver : IFontResolver
{
    public const string Face = "GuestLoopCjk";

    public static readonly string[] Candidates =
    [
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/truetype/arphic/uming.ttc",
        "/usr/share/fonts/truetype/arphic/ukai.ttc",
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

            if (Find(configuredPath) is not { } path)
            {
                return false;
            }

            var bytes = File.ReadAllBytes(path);
            GlobalFontSettings.FontResolver = new CjkFontResolver(TrueTypeCollection.IsCollection(bytes) ? TrueTypeCollection.ExtractFace(bytes) : bytes);
            return true;
        }
    }

    /// <summary>The configured font file if it exists, else the first installed candidate.</summary>
    public static string? Find(string? configuredPath) =>
        new[] { configuredPath }.Concat(Candidates).FirstOrDefault(p => !string.IsNullOrWhiteSpace(p) && File.Exists(p));

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(Face, bold, italic);

    public byte[] GetFont(string faceName) => _font;
}
