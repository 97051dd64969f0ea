namespace GuestLoop.Web.Features.Public;

/// <summary>
/// A case's private tracking link as guests reach it: under <c>GuestLoop:PublicUrl</c> when set (the name guests know the
/// server by), else under the address the staff member reached the app at.
/// </summary>
public static class TrackingLink
{
    public static string Path(string token) => $"/track/{token}";

    public static string For(IConfiguration config, string appBase, string token) =>
        (config["GuestLoop:PublicUrl"] is { Length: > 0 } publicUrl ? publicUrl : appBase).TrimEnd('/') + Path(token);
}
