using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Surveys;

namespace GuestLoop.Web.Features.Analytics;

/// <summary>
/// Every figure the workspace dashboard shows, for the page and for <c>GET /api/v1/stats/dashboard</c>. The figures
/// are independent queries, so each runs on a DbContext of its own and the database works on them side by side.
/// </summary>
public sealed class DashboardFigures(IServiceScopeFactory scopes)
{
    public async Task<DashboardJson> AllAsync(AccessScope scope, StatsFilter filter, Guid? propertyId, CancellationToken ct)
    {
        var volumes = Run((s, c) => s.VolumesAsync(scope, filter, propertyId, c), ct);
        var deadlines = Run((s, c) => s.DeadlinesAndHandlingTimesAsync(scope, filter, propertyId, c), ct);
        var satisfaction = Run((s, c) => s.SatisfactionAsync(scope, filter, propertyId, c), ct);
        // The reopen rate's denominator is the volumes' total; the reopened cases themselves are few and quick to read.
        var reopens = Run(async (s, c) => await s.ReopensAsync(scope, filter, propertyId, c, (await volumes).Total), ct);
        var compensation = Run((s, c) => s.CompensationAsync(scope, filter, propertyId, c), ct);
        var surveys = Task.Run(async () =>
        {
            await using var services = scopes.CreateAsyncScope();
            return await services.ServiceProvider.GetRequiredService<SurveyResultsQuery>()
                .RunAsync(scope, filter.Period, propertyId, filter.DepartmentId, ct);
        }, ct);
        await Task.WhenAll(volumes, deadlines, satisfaction, reopens, compensation, surveys);
        var (compliance, handling) = await deadlines;
        return new DashboardJson(await volumes, compliance, handling, await satisfaction, await reopens, await compensation, await surveys);
    }

    private Task<T> Run<T>(Func<CaseStatistics, CancellationToken, Task<T>> figure, CancellationToken ct) => Task.Run(async () =>
    {
        await using var services = scopes.CreateAsyncScope();
        return await figure(services.ServiceProvider.GetRequiredService<CaseStatistics>(), ct);
    }, ct);
}
