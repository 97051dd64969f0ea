namespace GuestLoop.Web.Features.Account;

/// <summary>How an authenticator app is given the shared key: typed in groups of four, or as an otpauth URI (RFC 6238, 30 s, 6 digits).</summary>
public static class AuthenticatorUri
{
    public const string Issuer = "GuestLoop";

    public static string For(string userName, string key) =>
        $"otpauth://totp/{Issuer}:{Uri.EscapeDataString(userName)}?secret={key}&issuer={Issuer}&algorithm=SHA1&digits=6&period=30";

    public static string Format(string key) => string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
}
