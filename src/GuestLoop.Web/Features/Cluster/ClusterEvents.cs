namespace GuestLoop.Web.Features.Cluster;

/// <summary>
/// What every instance must hear about, whichever instance made the change: cases changed (open inbox and case pages
/// refresh), deadline rules changed (cached calendars and policies are dropped), and the organisation's properties or
/// risk words changed (their cached copies are dropped). On PostgreSQL the news travels by
/// LISTEN/NOTIFY (<see cref="PostgresClusterListener"/>); on SQLite, which one instance serves, it stays in process.
/// </summary>
public sealed class ClusterEvents
{
    public const string Channel = "guestloop_events";

    /// <summary>The ids of the changed cases, or null when too many changed at once to list.</summary>
    public event Func<IReadOnlyCollection<Guid>?, Task>? CasesChanged;

    public event Action? RulesChanged;

    public event Action? OrganisationChanged;

    public event Action? RiskWordsChanged;

    /// <summary>A work order was opened or took a step: task lists and boards refresh.</summary>
    public event Action? WorkOrdersChanged;

    /// <summary>A room's status, a daily sheet or a room's cleaning task changed: room boards and sheets refresh.</summary>
    public event Action? RoomsChanged;

    /// <summary>Someone opened, typed in or left a case page (the workspace's case presence).</summary>
    public event Action<PresenceNews>? PresenceChanged;

    public async Task DeliverAsync(ClusterMessage message)
    {
        switch (message.Kind)
        {
            case ClusterMessage.Rules:
                RulesChanged?.Invoke();
                return;
            case ClusterMessage.Organisation:
                OrganisationChanged?.Invoke();
                return;
            case ClusterMessage.RiskWords:
                RiskWordsChanged?.Invoke();
                return;
            case ClusterMessage.WorkOrders:
                WorkOrdersChanged?.Invoke();
                return;
            case ClusterMessage.Rooms:
                RoomsChanged?.Invoke();
                return;
            case ClusterMessage.PresenceKind:
                if (message.Presence is { } presence)
                {
                    PresenceChanged?.Invoke(presence);
                }

                return;
        }

        if (CasesChanged is { } handlers)
        {
            foreach (var handler in handlers.GetInvocationList().Cast<Func<IReadOnlyCollection<Guid>?, Task>>())
            {
                try
                {
                    await handler(message.CaseIds);
                }
                catch (ObjectDisposedException)
                {
                    // A page closed while the news arrived.
                }
            }
        }
    }
}

/// <summary>
/// One piece of news, as text small enough for a NOTIFY payload: <c>cases:id,id</c>, <c>cases:*</c>, <c>rules</c>,
/// <c>organisation</c>, <c>riskWords</c>, <c>workOrders</c>, <c>rooms</c> or <c>presence:case:page:staff:state:name</c>.
/// </summary>
public sealed record ClusterMessage(string Kind, IReadOnlyCollection<Guid>? CaseIds, PresenceNews? Presence = null)
{
    public const string Cases = "cases";
    public const string Rules = "rules";
    public const string Organisation = "organisation";
    public const string RiskWords = "riskWords";
    public const string PresenceKind = "presence";
    public const string WorkOrders = "workOrders";
    public const string Rooms = "rooms";

    /// <summary>More ids than this are sent as "many" (a NOTIFY payload must stay under 8,000 bytes).</summary>
    public const int MaxIds = 100;

    public static ClusterMessage ForCases(IReadOnlyCollection<Guid> ids) => new(Cases, ids.Count > MaxIds ? null : ids);

    public static ClusterMessage ForPresence(PresenceNews news) => new(PresenceKind, null, news);

    public static readonly ClusterMessage RulesChanged = new(Rules, null);

    public static readonly ClusterMessage OrganisationChanged = new(Organisation, null);

    public static readonly ClusterMessage RiskWordsChanged = new(RiskWords, null);

    public static readonly ClusterMessage WorkOrdersChanged = new(WorkOrders, null);

    public static readonly ClusterMessage RoomsChanged = new(Rooms, null);

    private static readonly ClusterMessage[] Settings = [RulesChanged, OrganisationChanged, RiskWordsChanged, WorkOrdersChanged, RoomsChanged];

    public string Encode() => Kind switch
    {
        Cases => $"{Cases}:{(CaseIds is null ? "*" : string.Join(',', CaseIds))}",
        PresenceKind when Presence is { } p =>
            $"{PresenceKind}:{p.CaseId:N}:{p.PageId:N}:{p.StaffId:N}:{p.State}:{Uri.EscapeDataString(p.Name)}",
        _ => Kind,
    };

    public static ClusterMessage? Decode(string payload)
    {
        if (Settings.FirstOrDefault(m => m.Kind == payload) is { } setting)
        {
            return setting;
        }

        if (payload.StartsWith(PresenceKind + ":", StringComparison.Ordinal))
        {
            var parts = payload.Split(':');
            return parts.Length == 6 && Guid.TryParse(parts[1], out var caseId) && Guid.TryParse(parts[2], out var pageId)
                   && Guid.TryParse(parts[3], out var staffId) && Enum.TryParse<PresenceState>(parts[4], out var state)
                ? ForPresence(new PresenceNews(caseId, pageId, staffId, state, Uri.UnescapeDataString(parts[5])))
                : null;
        }

        if (!payload.StartsWith(Cases + ":", StringComparison.Ordinal))
        {
            return null;
        }

        var body = payload[(Cases.Length + 1)..];
        if (body == "*")
        {
            return new ClusterMessage(Cases, null);
        }

        var ids = body.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => Guid.TryParse(s, out var g) ? g : Guid.Empty)
            .Where(g => g != Guid.Empty).ToList();
        return new ClusterMessage(Cases, ids);
    }
}
