using System.Threading.Channels;
using GuestLoop.Web.Features.Account;

namespace GuestLoop.Web.Features.Intake;

/// <summary>
/// Runs checked imports one after another in the background, so the request (or the page) returns at once and polls the
/// job. An import lives in the memory of the instance that accepted it; if that instance stops, the job stays running
/// and nothing of it is committed.
/// </summary>
public sealed class ImportRunner(IServiceScopeFactory scopes, ILogger<ImportRunner> log) : BackgroundService
{
    private readonly Channel<(Guid JobId, IReadOnlyList<ImportCandidate> Rows, AccessScope Actor)> _queue =
        Channel.CreateUnbounded<(Guid, IReadOnlyList<ImportCandidate>, AccessScope)>();

    public void Enqueue(Guid jobId, IReadOnlyList<ImportCandidate> rows, AccessScope actor) => _queue.Writer.TryWrite((jobId, rows, actor));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (jobId, rows, actor) in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                await scope.ServiceProvider.GetRequiredService<ImportCases>().RunAsync(jobId, rows, actor, stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogError(e, "Import {JobId} failed", jobId);
            }
        }
    }
}

/// <summary>The largest file an import accepts (413 beyond).</summary>
public sealed record ImportSettings(long MaxBytes)
{
    public const long DefaultMaxBytes = 10 * 1024 * 1024;
}
