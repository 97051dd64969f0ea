using GuestLoop.Domain.Rooms;

namespace GuestLoop.Web.Features.Rooms;

/// <summary>The board's colour of each status, the same on a tile, in the legend and on a sheet's chip.</summary>
public static class RoomStatusColours
{
    public static string Background(RoomStatus status) => status switch
    {
        RoomStatus.VacantDirty => "var(--mud-palette-error)",
        RoomStatus.VacantClean => "var(--mud-palette-info)",
        RoomStatus.Inspected => "var(--mud-palette-success)",
        RoomStatus.Occupied => "var(--mud-palette-primary)",
        RoomStatus.OutOfOrder => "var(--mud-palette-dark)",
        _ => "var(--mud-palette-secondary)",
    };
}
