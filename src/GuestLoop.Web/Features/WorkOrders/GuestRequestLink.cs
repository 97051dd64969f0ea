namespace GuestLoop.Web.Features.WorkOrders;

/// <summary>
/// The address a room's or a place's QR code leads to: the guest's request page under <c>GuestLoop:PublicUrl</c> when set,
/// else under the address the staff member reached the app at (as the tracking links are).
/// </summary>
public static class GuestRequestLink
{
    public static string For(IConfiguration config, string appBase, string propertyCode, string place) =>
        (config["GuestLoop:PublicUrl"] is { Length: > 0 } publicUrl ? publicUrl : appBase).TrimEnd('/')
        + $"/request?property={Uri.EscapeDataString(propertyCode)}&location={Uri.EscapeDataString(place)}";
}
