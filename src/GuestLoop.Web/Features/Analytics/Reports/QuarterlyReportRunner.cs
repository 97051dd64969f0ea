using System.Threading.Channels;
using GuestLoop.Web.Features.Account;

namespace GuestLoop.Web.Features.Analytics.Reports;

/// <summary>
/// Builds requested reports one after another in the background; the request returns at once and the page polls the
/// stored progress. A report lives in the memory of the instance that accepted it until it is done.
/// </summary>
public sealed class QuarterlyReportRunner(IServiceScopeFactory scopes, ILogger<QuarterlyReportRunner> log) : BackgroundService
{
    private readonly Channel<(Guid Id, AccessScope Scope)> _queue = Channel.CreateUnbounded<(Guid, AccessScope)>();

    public void Enqueue(Guid id, AccessScope scope) => _queue.Writer.TryWrite((id, scope));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (id, scope) in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            await using var services = scopes.CreateAsyncScope();
            try
            {
                await services.ServiceProvider.GetRequiredService<QuarterlyReportBuilder>().RunAsync(id, scope, stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogError(e, "Quarterly report {Id} failed", id);
            }
        }
    }
}
