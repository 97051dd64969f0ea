using System.Text;

namespace GuestLoop.Web.Features.Cases;

/// <summary>Recognises the accepted evidence formats by their magic numbers, and the file names each may carry.</summary>
public static class FileSignature
{
    private static readonly Dictionary<string, string[]> Extensions = new()
    {
        ["application/pdf"] = [".pdf"],
        ["image/jpeg"] = [".jpg", ".jpeg", ".jpe", ".jfif"],
        ["image/png"] = [".png"],
        ["image/gif"] = [".gif"],
        ["image/webp"] = [".webp"],
        ["image/heic"] = [".heic", ".heif"],
        ["audio/amr"] = [".amr"],
        ["audio/ogg"] = [".ogg", ".oga", ".opus"],
        ["audio/mpeg"] = [".mp3"],
        ["audio/wav"] = [".wav"],
        ["audio/mp4"] = [".m4a", ".mp4"],
        ["video/webm"] = [".webm"],
        ["video/x-msvideo"] = [".avi"],
        ["video/quicktime"] = [".mov", ".qt", ".mp4"],
        ["video/mp4"] = [".mp4", ".m4v", ".mov", ".3gp", ".3g2", ".m4a"],
    };

    /// <summary>
    /// Whether a file of this detected type may carry this name: a name without an extension takes the content's word
    /// for it; a name whose extension says something else (a PDF called .jpg, a script called .png) does not.
    /// </summary>
    public static bool NameFits(string contentType, string fileName)
    {
        var extension = Path.GetExtension(fileName);
        return string.IsNullOrEmpty(extension)
            || Extensions.TryGetValue(contentType, out var allowed) && allowed.Contains(extension, StringComparer.OrdinalIgnoreCase);
    }

    public static string? Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8)) return "application/pdf";
        if (head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF })) return "image/jpeg";
        if (head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })) return "image/png";
        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8)) return "image/gif";
        if (head.StartsWith("#!AMR"u8)) return "audio/amr";
        if (head.StartsWith("OggS"u8)) return "audio/ogg";
        if (head.StartsWith("ID3"u8) || head.Length > 1 && head[0] == 0xFF && (head[1] & 0xE0) == 0xE0) return "audio/mpeg";
        if (head.StartsWith(new byte[] { 0x1A, 0x45, 0xDF, 0xA3 })) return "video/webm";
        if (head.Length >= 12 && head.StartsWith("RIFF"u8))
        {
            var form = Encoding.ASCII.GetString(head.Slice(8, 4));
            return form switch { "WEBP" => "image/webp", "WAVE" => "audio/wav", "AVI " => "video/x-msvideo", _ => null };
        }

        if (head.Length >= 12 && head.Slice(4, 4).SequenceEqual("ftyp"u8))
        {
            var brand = Encoding.ASCII.GetString(head.Slice(8, 4));
            return brand switch
            {
                "heic" or "heix" or "mif1" or "msf1" => "image/heic",
                "M4A " => "audio/mp4",
                "qt  " => "video/quicktime",
                _ => "video/mp4",
            };
        }

        return null;
    }
}
