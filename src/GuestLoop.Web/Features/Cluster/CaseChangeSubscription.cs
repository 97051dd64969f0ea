namespace GuestLoop.Web.Features.Cluster;

/// <summary>
/// Lets an open page follow case changes made anywhere: at most one refresh a second however many changes arrive,
/// so a busy intake does not redraw every inbox a thousand times a second.
/// </summary>
public sealed class CaseChangeSubscription : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);
    private readonly ClusterEvents _events;
    private readonly Func<IReadOnlyCollection<Guid>?, bool> _concerns;
    private readonly Func<Task> _refresh;
    private int _pending;

    public CaseChangeSubscription(ClusterEvents events, Func<IReadOnlyCollection<Guid>?, bool> concerns, Func<Task> refresh)
    {
        _events = events;
        _concerns = concerns;
        _refresh = refresh;
        _events.CasesChanged += OnChangedAsync;
    }

    private async Task OnChangedAsync(IReadOnlyCollection<Guid>? ids)
    {
        if (!_concerns(ids) || Interlocked.Exchange(ref _pending, 1) == 1)
        {
            return;
        }

        await Task.Delay(Quiet);
        Interlocked.Exchange(ref _pending, 0);
        await _refresh();
    }

    public void Dispose() => _events.CasesChanged -= OnChangedAsync;
}
