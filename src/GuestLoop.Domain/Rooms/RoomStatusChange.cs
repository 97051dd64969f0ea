namespace GuestLoop.Domain.Rooms;

/// <summary>One line of a room's status history; <see cref="From"/> is null for the status a new room starts with.</summary>
public sealed record RoomStatusChange(RoomStatus? From, RoomStatus To, DateTimeOffset At, Guid? ById, string By, string? Reason)
{
    public int Id { get; init; }
}
