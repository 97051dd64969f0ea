namespace GuestLoop.Web.Features.Cluster;

public enum PresenceState
{
    Viewing,
    Typing,
    Left,
}

/// <summary>One open case page's news: it has the case open, someone types in it, or it closed.</summary>
/// <param name="PageId">The open page (one person may have the case open in two tabs).</param>
public sealed record PresenceNews(Guid CaseId, Guid PageId, Guid StaffId, PresenceState State, string Name);
