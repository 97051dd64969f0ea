using System.Text;

namespace GuestLoop.Web.Features.Cases;

/// <summary>Recognises the accepted evidence formats by their magic numbers.</summary>
public static class FileSignature
{
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
