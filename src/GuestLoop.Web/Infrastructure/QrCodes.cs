using QRCoder;

namespace GuestLoop.Web.Infrastructure;

/// <summary>QR codes for a phone's camera: the authenticator key on the security page, a case's tracking link at the desk.</summary>
public static class QrCodes
{
    /// <summary>The text as a QR code, a PNG data URI for an img element (drawn without System.Drawing).</summary>
    public static string PngDataUri(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }
}
