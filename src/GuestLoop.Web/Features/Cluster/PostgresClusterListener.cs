using Npgsql;

namespace GuestLoop.Web.Features.Cluster;

/// <summary>
/// Holds one connection that LISTENs for the news of every instance and hands it to <see cref="ClusterEvents"/>;
/// reconnects after a lost connection, then tells pages that anything may have changed.
/// </summary>
public sealed class PostgresClusterListener(string connectionString, ClusterEvents events, ILogger<PostgresClusterListener> log) : BackgroundService
{
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the first LISTEN is in place (tests wait for it before changing anything).</summary>
    public Task Listening => _listening.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reconnected = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, e) =>
                {
                    if (ClusterMessage.Decode(e.Payload) is { } message)
                    {
                        _ = events.DeliverAsync(message);
                    }
                };
                await using (var listen = new NpgsqlCommand($"LISTEN {ClusterEvents.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                _listening.TrySetResult();
                if (reconnected)
                {
                    await events.DeliverAsync(new ClusterMessage(ClusterMessage.Cases, null));
                    await events.DeliverAsync(ClusterMessage.RulesChanged);
                    await events.DeliverAsync(ClusterMessage.OrganisationChanged);
                    await events.DeliverAsync(ClusterMessage.RiskWordsChanged);
                }

                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogWarning(e, "Lost the cluster event connection; reconnecting in 5 s");
                reconnected = true;
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
