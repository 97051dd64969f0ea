using GuestLoop.Web.Features.Cluster;

namespace GuestLoop.Web.Features.WorkOrders;

/// <summary>
/// Lets an open task list or board follow work-order changes made anywhere, at most four refreshes a second. The refresh
/// runs apart from the save that announced the change: on SQLite the news of a save inside a transaction is delivered
/// before the commit, so a new order (saved in one, with its number) is announced once more after its commit.
/// </summary>
public sealed class WorkOrderChangeSubscription : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(250);

    private readonly ClusterEvents _events;
    private readonly Func<Task> _refresh;
    private readonly CancellationTokenSource _stop = new();
    private int _pending;

    public WorkOrderChangeSubscription(ClusterEvents events, Func<Task> refresh)
    {
        _events = events;
        _refresh = refresh;
        _events.WorkOrdersChanged += OnChanged;
    }

    private void OnChanged()
    {
        if (Interlocked.Exchange(ref _pending, 1) == 0)
        {
            _ = RefreshSoonAsync();
        }
    }

    private async Task RefreshSoonAsync()
    {
        try
        {
            // Not back on the saver's context: that may be another user's circuit.
            await Task.Delay(Quiet, _stop.Token).ConfigureAwait(false);
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
        _events.WorkOrdersChanged -= OnChanged;
        _stop.Cancel();
        _stop.Dispose();
    }
}
