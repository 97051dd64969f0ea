using PdfSharp;

namespace GuestLoop.Web.Infrastructure.Pdf;

/// <summary>No PDF can be made: PDFsharp has no licence configured.</summary>
public sealed class PdfNotLicensedException() : Exception(
    "PDFs need a PDFsharp licence: set GuestLoop:Pdf:License to a commercial key, or to 'agpl' to accept its AGPL-3.0 terms.");

/// <summary>
/// PDFsharp 6.5 (the only version the registry serves) is AGPL-3.0 unless a commercial key is loaded, and refuses to
/// work until one of the two is chosen. That choice is the operator's, so it is a setting and never made by default.
/// </summary>
public static class PdfLicence
{
    public const string Setting = "GuestLoop:Pdf:License";

    private static readonly Lock Gate = new();
    private static bool _loaded;

    /// <summary>True when PDFs can be written: the configured licence is loaded (once per process).</summary>
    public static bool TryEnsure(string? configured)
    {
        try
        {
            Ensure(configured);
            return true;
        }
        catch (PdfNotLicensedException)
        {
            return false;
        }
    }

    public static void Ensure(string? configured)
    {
        lock (Gate)
        {
            if (_loaded)
            {
                return;
            }

            if (string.IsNullOrWhiteSpace(configured))
            {
                throw new PdfNotLicensedException();
            }

            if (string.Equals(configured.Trim(), "agpl", StringComparison.OrdinalIgnoreCase))
            {
                PdfSharpLicense.SetAgplLicense();
            }
            else
            {
                PdfSharpLicense.LoadLicense(configured.Trim());
            }

            _loaded = true;
        }
    }
}
