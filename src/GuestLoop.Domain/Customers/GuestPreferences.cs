namespace GuestLoop.Domain.Customers;

/// <summary>What the guest likes: room type, floor, view and diet, in the words staff use.</summary>
public sealed record GuestPreferences(string? RoomType, string? Floor, string? View, string? Diet)
{
    public static readonly GuestPreferences None = new(null, null, null, null);
}
