namespace GuestLoop.Web.Features.Public;

/// <summary>
/// A case's private tracking link as guests reach it: under <c>GuestLoop:PublicUrl</c> when set (the name guests know the
/// server by), else under the address the staff member reached the app at.
/// </summary>
public static class TrackingLink
{
    public static string Path(string token) => $"/track/{token}";

    /// <summary>The link under a given base address, as it is.</summary>
    public static string Under(string baseUrl, string token) => baseUrl.TrimEnd('/') + Path(token);

    public static string For(IConfiguration config, string appBase, string token) =>
        Under(config["GuestLoop:PublicUrl"] is { Length: > 0 } publicUrl ? publicUrl : appBase, token);
}
