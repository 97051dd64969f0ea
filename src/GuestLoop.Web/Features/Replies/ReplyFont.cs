using PdfSharp.Fonts;

namespace GuestLoop.Web.Features.Replies;

/// <summary>
/// The one font of the reply PDF, which must cover Chinese: the TrueType file (or collection) at
/// <c>GuestLoop:Replies:FontPath</c>, else the first of Debian's WenQuanYi and AR PL fonts that is installed.
/// PDFsharp cannot embed CFF-outline fonts such as Noto Sans CJK, so those are not candidates.
/// </summary>
public sealed class ReplyFont : IFontResolver
{
    public const string Family = "GuestLoopReply";

    public static readonly string[] Candidates =
    [
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/truetype/arphic/uming.ttc",
        "/usr/share/fonts/truetype/arphic/ukai.ttc",
    ];

    private static readonly Lock Gate = new();
    private static ReplyFont? _installed;

    private readonly byte[] _face;

    private ReplyFont(byte[] face, string path)
    {
        _face = face;
        Path = path;
    }

    public string Path { get; }

    /// <summary>Finds the font and makes it PDFsharp's resolver, once per process (PDFsharp keeps one global resolver).</summary>
    public static ReplyFont Install(string? configuredPath)
    {
        lock (Gate)
        {
            if (_installed is not null)
            {
                return _installed;
            }

            var path = Find(configuredPath) ?? throw new FileNotFoundException(
                "No TrueType font with Chinese glyphs was found for the reply PDF. Install fonts-wqy-microhei or set GuestLoop:Replies:FontPath.");
            var bytes = File.ReadAllBytes(path);
            _installed = new ReplyFont(TrueTypeCollection.IsCollection(bytes) ? TrueTypeCollection.ExtractFace(bytes) : bytes, path);
            GlobalFontSettings.FontResolver = _installed;
            return _installed;
        }
    }

    public static string? Find(string? configuredPath) =>
        !string.IsNullOrWhiteSpace(configuredPath) && File.Exists(configuredPath) ? configuredPath : Candidates.FirstOrDefault(File.Exists);

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(Family);

    public byte[] GetFont(string faceName) => _face;
}
