using GuestLoop.Web.Features.Cluster;

namespace GuestLoop.Web.Features.Rooms;

/// <summary>
/// Lets an open room board or daily sheet follow room changes made anywhere, and the work-order changes that move a
/// room's cleaning task, at most four refreshes a second. As with the work orders' subscription, the refresh waits a
/// moment apart from the save that announced it, so a change saved in a transaction is read after its commit.
/// </summary>
public sealed class RoomChangeSubscription : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(250);

    private readonly ClusterEvents _events;
    private readonly Func<Task> _refresh;
    private readonly CancellationTokenSource _stop = new();
    private int _pending;

    public RoomChangeSubscription(ClusterEvents events, Func<Task> refresh)
    {
        _events = events;
        _refresh = refresh;
        _events.RoomsChanged += OnChanged;
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
        _events.RoomsChanged -= OnChanged;
        _events.WorkOrdersChanged -= OnChanged;
        _stop.Cancel();
        _stop.Dispose();
    }
}
