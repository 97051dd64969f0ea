namespace GuestLoop.Web.Features.Cluster;

/// <summary>
/// Lets an open page follow case changes made anywhere: at most one refresh a second however many changes arrive,
/// so a busy intake does not redraw every inbox a thousand times a second. The refresh runs apart from the save that
/// announced the change: on SQLite the news is delivered inside that save, which must not wait for any page.
/// </summary>
public sealed class CaseChangeSubscription : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);

    // The page whose own save is running in this async flow; the news of that save is not news to it.
    private static readonly AsyncLocal<CaseChangeSubscription?> Saving = new();

    private readonly ClusterEvents _events;
    private readonly Func<IReadOnlyCollection<Guid>?, bool> _concerns;
    private readonly Func<Task> _refresh;
    private readonly CancellationTokenSource _stop = new();
    private int _pending;

    public CaseChangeSubscription(ClusterEvents events, Func<IReadOnlyCollection<Guid>?, bool> concerns, Func<Task> refresh)
    {
        _events = events;
        _concerns = concerns;
        _refresh = refresh;
        _events.CasesChanged += OnChangedAsync;
    }

    /// <summary>
    /// Runs a save the page shows itself, so its news brings no second refresh. On PostgreSQL the news comes back through
    /// the listener, outside this flow, and still refreshes the page once.
    /// </summary>
    public async Task<T> OwnSaveAsync<T>(Func<Task<T>> save)
    {
        Saving.Value = this;
        try
        {
            return await save();
        }
        finally
        {
            Saving.Value = null;
        }
    }

    private Task OnChangedAsync(IReadOnlyCollection<Guid>? ids)
    {
        if (Saving.Value != this && _concerns(ids) && Interlocked.Exchange(ref _pending, 1) == 0)
        {
            _ = RefreshSoonAsync();
        }

        return Task.CompletedTask;
    }

    private async Task RefreshSoonAsync()
    {
        // Started inside someone's save: what that flow carries is theirs, not this refresh's.
        Saving.Value = null;
        try
        {
            await Task.Delay(Quiet, _stop.Token);
            Interlocked.Exchange(ref _pending, 0);
            await _refresh();
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
            // The page closed while the refresh waited or ran.
        }
    }

    public void Dispose()
    {
        _events.CasesChanged -= OnChangedAsync;
        _stop.Cancel();
        _stop.Dispose();
    }
}
