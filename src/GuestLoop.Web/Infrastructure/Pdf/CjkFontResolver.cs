using PdfSharp.Fonts;

namespace GuestLoop.Web.Infrastructure.Pdf;

/// <summary>
/// Gives PDFsharp a TrueType font that has the Chinese glyphs, and fallback fonts for the characters it lacks (emoji,
/// CJK Extension B). PDFsharp embeds TrueType outlines only (not the CFF of Noto Sans CJK) and reads no font collections,
/// so the first face of a .ttc (Debian's fonts-wqy-microhei / fonts-wqy-zenhei) is cut out into a plain TrueType font
/// (<see cref="TrueTypeCollection"/>). Reply letters and the quarterly report share it: PDFsharp keeps one resolver per
/// process. The primary is <c>GuestLoop:Pdf:FontPath</c>, else the first of <see cref="Candidates"/> that exists; the
/// fallbacks are <c>GuestLoop:Pdf:FallbackFontPaths</c> and then every installed one of <see cref="FallbackCandidates"/>.
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

    /// <summary>TrueType fonts Debian installs that fill gaps of the Chinese fonts: symbols and emoji, Extension B ideographs.</summary>
    public static readonly string[] FallbackCandidates =
    [
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf",
        "/usr/share/fonts/truetype/noto/NotoEmoji-Regular.ttf",
        "/usr/share/fonts/truetype/noto/NotoSansSymbols2-Regular.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "C:\\Windows\\Fonts\\seguisym.ttf",
    ];

    private static readonly Lock Gate = new();
    private readonly Dictionary<string, byte[]> _fonts;

    private CjkFontResolver(IReadOnlyList<PdfFace> faces, Dictionary<string, byte[]> fonts)
    {
        Faces = faces;
        _fonts = fonts;
    }

    /// <summary>The primary face first, then the fallbacks, each with the characters it has.</summary>
    public IReadOnlyList<PdfFace> Faces { get; }

    /// <summary>The installed resolver, or null before <see cref="TryInstall"/> succeeded.</summary>
    public static CjkFontResolver? Current => GlobalFontSettings.FontResolver as CjkFontResolver;

    /// <summary>Installs the resolver once per process; false when no usable font file exists.</summary>
    public static bool TryInstall(string? configuredPath, IEnumerable<string>? fallbackPaths = null)
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

            var faces = new List<PdfFace>();
            var fonts = new Dictionary<string, byte[]>();
            var primary = Load(path);
            faces.Add(new PdfFace(Face, path, FontCoverage.Read(primary)));
            fonts[Face] = primary;
            foreach (var fallback in (fallbackPaths ?? []).Concat(FallbackCandidates).Distinct().Where(p => p != path && File.Exists(p)))
            {
                var bytes = Load(fallback);
                var coverage = FontCoverage.Read(bytes);
                if (coverage.HasTrueTypeOutlines)
                {
                    var face = $"{Face}Fallback{faces.Count}";
                    faces.Add(new PdfFace(face, fallback, coverage));
                    fonts[face] = bytes;
                }
            }

            GlobalFontSettings.FontResolver = new CjkFontResolver(faces, fonts);
            return true;
        }
    }

    /// <summary>The configured font file if it exists, else the first installed candidate.</summary>
    public static string? Find(string? configuredPath) =>
        new[] { configuredPath }.Concat(Candidates).FirstOrDefault(p => !string.IsNullOrWhiteSpace(p) && File.Exists(p));

    private static byte[] Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return TrueTypeCollection.IsCollection(bytes) ? TrueTypeCollection.ExtractFace(bytes) : bytes;
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(_fonts.ContainsKey(familyName) ? familyName : Face, bold, italic);

    public byte[] GetFont(string faceName) => _fonts.TryGetValue(faceName, out var font) ? font : _fonts[Face];
}

/// <summary>One font the PDFs may draw with: its face name for XFont, where it came from, the characters it has.</summary>
public sealed record PdfFace(string Name, string Path, FontCoverage Coverage);
