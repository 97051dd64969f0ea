using System.ComponentModel;
using GuestLoop.Domain;
using GuestLoop.Web.Features.Account;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuestLoop.Web.Features.Analytics;

/// <summary>The dashboard figures as JSON for the group's BI tools, each over the caller's properties.</summary>
public static class StatsApi
{
    public static RouteGroupBuilder MapStatsApi(this RouteGroupBuilder api)
    {
        var stats = api.MapGroup("/stats").WithTags("Statistics");
        stats.MapGet("/dashboard", (HttpContext h, CaseStatistics s, DashboardFigures d, TimeProvider t, [AsParameters] StatsQuery q, CancellationToken ct) =>
                RunAsync(h, s, t, q, d.AllAsync, ct))
            .WithName("StatsDashboard").WithSummary("Every figure of the workspace dashboard in one call, each as its own endpoint returns it");
        stats.MapGet("/workload", (HttpContext h, CaseStatistics s, Workload w, TimeProvider t, [AsParameters] StatsQuery q, CancellationToken ct) =>
                RunAsync(h, s, t, q, w.NowAsync, ct))
            .WithName("StatsWorkload")
            .WithSummary("Open, overdue, at-risk and unassigned cases now, each with the list it counts; categories rising against the previous period; the departments worst on time and on satisfaction");
        stats.MapGet("/volumes", (HttpContext h, CaseStatistics s, TimeProvider t, [AsParameters] StatsQuery q, CancellationToken ct) =>
                RunAsync(h, s, t, q, s.VolumesAsync, ct))
            .WithName("StatsVolumes").WithSummary("Cases received per bucket, by kind, category, channel, property and department");
        stats.MapGet("/deadlines", (HttpContext h, CaseStatistics s, TimeProvider t, [AsParameters] StatsQuery q, CancellationToken ct) =>
                RunAsync(h, s, t, q, s.DeadlinesAsync, ct))
            .WithName("StatsDeadlines").WithSummary("Deadline compliance per stage for the cases received in the period");
        stats.MapGet("/handling-times", (HttpContext h, CaseStatistics s, TimeProvider t, [AsParameters] StatsQuery q, CancellationToken ct) =>
                RunAsync(h, s, t, q, s.HandlingTimesAsync, ct))
            .WithName("StatsHandlingTimes").WithSummary("Median and 90th percentile minutes from each stage's start to when it was met");
        stats.MapGet("/satisfaction", (HttpContext h, CaseStatistics s, TimeProvider t, [AsParameters] StatsQuery q, CancellationToken ct) =>
                RunAsync(h, s, t, q, s.SatisfactionAsync, ct))
            .WithName("StatsSatisfaction").WithSummary("CSAT average and NPS of the survey answers given in the period, per bucket");
        stats.MapGet("/reopens", (HttpContext h, CaseStatistics s, TimeProvider t, [AsParameters] StatsQuery q, CancellationToken ct) =>
                RunAsync(h, s, t, q, (a, f, p, c) => s.ReopensAsync(a, f, p, c), ct))
            .WithName("StatsReopens").WithSummary("Reopen rate, cases reopened twice and repeat complainants");
        stats.MapGet("/compensation", (HttpContext h, CaseStatistics s, TimeProvider t, [AsParameters] StatsQuery q, CancellationToken ct) =>
                RunAsync(h, s, t, q, s.CompensationAsync, ct))
            .WithName("StatsCompensation").WithSummary("Compensation count and amount per currency and state, proposed in the period");
        return api;
    }

    private static async Task<Results<Ok<T>, ValidationProblem>> RunAsync<T>(HttpContext http, CaseStatistics stats, TimeProvider clock,
        StatsQuery q, Func<AccessScope, StatsFilter, Guid?, CancellationToken, Task<T>> figure, CancellationToken ct)
    {
        var scope = http.User.ToScope();
        var (propertyId, zone) = await stats.PropertyAsync(scope, q.Property, ct);
        var errors = new FieldErrors();
        var filter = StatsFilter.Parse(q.From, q.To, q.Property, q.Department, q.Granularity, zone, clock.GetUtcNow(), errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await figure(scope, filter, propertyId, ct));
    }
}

/// <summary>The filters every statistic takes.</summary>
public sealed record StatsQuery(
    [property: Description("First day, yyyy-MM-dd in the property's time zone (Asia/Shanghai for all properties); default 29 days before 'to'")] string? From,
    [property: Description("Last day included, yyyy-MM-dd; default today")] string? To,
    [property: Description("Property code; default every property the caller may see")] string? Property,
    [property: Description("Department id")] string? Department,
    [property: Description("day|week|month; default by the length of the period")] string? Granularity);
