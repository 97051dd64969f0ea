using GuestLoop.Web.Features.Cases;

namespace GuestLoop.Web.Features.Workspace;

/// <summary>Instants are stored in UTC and shown in the property's zone.</summary>
public static class LocalTime
{
    public static TimeZoneInfo Zone(string? id) => CaseWorkflow.FindZone(id ?? "Asia/Shanghai");

    public static string Format(DateTimeOffset? at, TimeZoneInfo zone) =>
        at is { } value ? TimeZoneInfo.ConvertTime(value, zone).ToString("yyyy-MM-dd HH:mm") : "—";
}
