using GuestLoop.Domain;
using GuestLoop.Domain.Analytics;
using GuestLoop.Web.Features.Workspace;
using MudBlazor;

namespace GuestLoop.Web.Features.Analytics;

public sealed partial class DashboardPage
{
    private Lookups? _lookups;
    private DateTime? _from;
    private DateTime? _to;
    private string? _property;
    private WorkOrders.WorkOrderSummary? _workOrders;
    private Guid? _department;
    private Granularity _granularity = Granularity.Week;
    private DashboardJson? _figures;
    private WorkloadJson? _workload;
    private Reservations.FrontOfficeFiguresJson? _frontOffice;
    private string? _error;

    protected override async Task OnInitializedAsync()
    {
        _lookups = await Workspace.LookupsAsync();
        var today = Clock.GetUtcNow().AddHours(8).Date;
        (_from, _to) = (today.AddDays(-89), today);
        await LoadAsync();
    }

    private async Task Set(Action change)
    {
        change();
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _error = null;
        var errors = new FieldErrors();
        try
        {
            _figures = await Workspace.RunAsync(async (sp, access) =>
            {
                var stats = sp.GetRequiredService<CaseStatistics>();
                var (propertyId, zone) = await stats.PropertyAsync(access, _property, CancellationToken.None);
                var filter = StatsFilter.Parse(_from?.ToString("yyyy-MM-dd"), _to?.ToString("yyyy-MM-dd"), _property, _department?.ToString(),
                    _granularity.ToString(), zone, Clock.GetUtcNow(), errors);
                if (errors.Any)
                {
                    return null;
                }

                _workload = await sp.GetRequiredService<Workload>().NowAsync(access, filter, propertyId, CancellationToken.None);
                _workOrders = await sp.GetRequiredService<WorkOrders.WorkOrderStatistics>().SummaryAsync(access, propertyId, filter.Period,
                    CancellationToken.None);
                // The front desk's figures cover at most a year (the dashboard's period may be longer; then they are left out).
                _frontOffice = _from is null || _to is null || (_to - _from).Value.TotalDays > 366 ? null : await sp.GetRequiredService<Reservations.ReservationSearch>().FiguresAsync(_property,
                    _from is { } from ? DateOnly.FromDateTime(from) : null, _to is { } to ? DateOnly.FromDateTime(to) : null, access, CancellationToken.None);
                return await sp.GetRequiredService<DashboardFigures>().AllAsync(access, filter, propertyId, CancellationToken.None);
            });
        }
        catch (GuestLoop.Web.Features.Cases.CaseNotFoundException)
        {
            _figures = null;
        }

        if (errors.Any)
        {
            _error = string.Join(" ", errors.SelectMany(e => e.Value));
        }
    }

    private static string Enum(string key) => DrillDown.Member(key);

    private static string[] Labels(VolumesJson v) => [.. v.Period.Buckets];

    private static List<ChartSeries<double>> Series(IReadOnlyList<SeriesJson> series, Func<string, string> name) =>
        series.Select(s => new ChartSeries<double> { Name = name(s.Key), Data = new ChartData<double>(s.Counts.Select(c => (double)c).ToList()) }).ToList();

    private static List<ChartSeries<double>> Totals(IReadOnlyList<SeriesJson> series) =>
        [new ChartSeries<double> { Name = "total", Data = new ChartData<double>(series.Select(s => (double)s.Total).ToList()) }];

    private static string[] Names(IReadOnlyList<SeriesJson> series, Func<string, string> name) =>
        [.. series.Select(s => s.Label ?? name(s.Key))];

    private List<ChartSeries<double>> DeadlineSeries(DeadlinesJson d) =>
    [
        new() { Name = L["Dashboard.OnTime"], Data = new ChartData<double>(d.Stages.Select(s => (double)s.OnTime).ToList()) },
        new() { Name = L["Dashboard.Late"], Data = new ChartData<double>(d.Stages.Select(s => (double)s.Late).ToList()) },
        new() { Name = L["Dashboard.Overdue"], Data = new ChartData<double>(d.Stages.Select(s => (double)s.Overdue).ToList()) },
    ];

    private List<ChartSeries<double>> HandlingSeries(HandlingTimesJson h) =>
    [
        new() { Name = L["Dashboard.MedianHours"], Data = new ChartData<double>(h.Stages.Select(s => Math.Round((s.MedianMinutes ?? 0) / 60.0, 1)).ToList()) },
        new() { Name = L["Dashboard.P90Hours"], Data = new ChartData<double>(h.Stages.Select(s => Math.Round((s.P90Minutes ?? 0) / 60.0, 1)).ToList()) },
    ];

    /// <summary>The CSAT and NPS lines by period; a period without answers is a gap in the line, not a zero.</summary>
    public static List<ChartSeries<double>> SatisfactionSeries(SatisfactionJson s) =>
    [
        new() { Name = "CSAT", Data = new ChartData<double>(s.Trend.Select(p => p.Csat).ToList()) },
        new() { Name = "NPS / 20", Data = new ChartData<double>(s.Trend.Select(p => p.Nps is { } nps ? Math.Round(nps / 20, 2) : (double?)null).ToList()) },
    ];

    private void Drill(IReadOnlyList<SeriesJson> series, int index)
    {
        if (index >= 0 && index < series.Count)
        {
            Navigation.NavigateTo(series[index].Cases);
        }
    }

    private static string OverdueLink(DeadlinesJson d) => d.Stages.FirstOrDefault()?.LateCases ?? "/cases?view=overdue";

    private string KindName(string key) => L["Kind." + Enum(key)];

    private string CategoryName(string key) => L["Category." + Enum(key)];

    private string ChannelName(string key) => L["Channel." + Enum(key)];

    private static string Same(string key) => key;

    /// <summary>The cases no department has taken yet are "未分派", not the API's key <c>none</c>.</summary>
    private string DepartmentName(string key) => key == "none" ? L["Dashboard.NoDepartment"] : key;

    private string[] StageNames(IEnumerable<string> stages) => [.. stages.Select(s => L["Stage." + Enum(s)].Value)];

    private List<ChartSeries<double>> ReopenSeries(ReopensJson r) =>
        [new() { Name = L["Dashboard.ReopenedSeries"], Data = new ChartData<double>(r.ReopenedCounts.Select(x => (double)x).ToList()) }];
}
