using QRCoder;

namespace GuestLoop.Web.Features.Account;

/// <summary>How an authenticator app is given the shared key: typed in groups of four, or as an otpauth URI (RFC 6238, 30 s, 6 digits).</summary>
public static class AuthenticatorUri
{
    public const string Issuer = "GuestLoop";

    public static string For(string userName, string key) =>
        $"otpauth://totp/{Issuer}:{Uri.EscapeDataString(userName)}?secret={key}&issuer={Issuer}&algorithm=SHA1&digits=6&period=30";

    /// <summary>The URI as a QR code for the app's camera, a PNG data URI for an img element.</summary>
    public static string QrCode(string uri)
    {
        using var data = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }

    public static string Format(string key) => string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
}
