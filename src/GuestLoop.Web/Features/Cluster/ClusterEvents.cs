namespace GuestLoop.Web.Features.Cluster;

/// <summary>
/// What every instance must hear about, whichever instance made the change: cases changed (open inbox and case pages
/// refresh) and deadline rules changed (cached calendars and policies are dropped). On PostgreSQL the news travels by
/// LISTEN/NOTIFY (<see cref="PostgresClusterListener"/>); on SQLite, which one instance serves, it stays in process.
/// </summary>
public sealed class ClusterEvents
{
    public const string Channel = "guestloop_events";

    /// <summary>The ids of the changed cases, or null when too many changed at once to list.</summary>
    public event Func<IReadOnlyCollection<Guid>?, Task>? CasesChanged;

    public event Action? RulesChanged;

    public async Task DeliverAsync(ClusterMessage message)
    {
        if (message.Kind == ClusterMessage.Rules)
        {
            RulesChanged?.Invoke();
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

/// <summary>One piece of news, as text small enough for a NOTIFY payload: <c>cases:id,id</c>, <c>cases:*</c> or <c>rules</c>.</summary>
public sealed record ClusterMessage(string Kind, IReadOnlyCollection<Guid>? CaseIds)
{
    public const string Cases = "cases";
    public const string Rules = "rules";

    /// <summary>More ids than this are sent as "many" (a NOTIFY payload must stay under 8,000 bytes).</summary>
    public const int MaxIds = 100;

    public static ClusterMessage ForCases(IReadOnlyCollection<Guid> ids) => new(Cases, ids.Count > MaxIds ? null : ids);

    public static readonly ClusterMessage RulesChanged = new(Rules, null);

    public string Encode() => Kind == Rules ? Rules : $"{Cases}:{(CaseIds is null ? "*" : string.Join(',', CaseIds))}";

    public static ClusterMessage? Decode(string payload)
    {
        if (payload == Rules)
        {
            return RulesChanged;
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
