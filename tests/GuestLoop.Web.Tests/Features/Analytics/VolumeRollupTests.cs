using System.Net;
using System.Text.Json.Nodes;
using GuestLoop.Domain.Analytics;
using GuestLoop.Domain.Cases;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Analytics;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static GuestLoop.Web.Tests.Features.Analytics.StatsSeries;

namespace GuestLoop.Web.Tests.Features.Analytics;

/// <summary>
/// The volumes of every property on PostgreSQL come from the daily roll-up kept by triggers on <c>cases</c>. Checked
/// against the seeded list counted in C#: as written, after cases change category, department, property and day (the
/// changes not folded yet), after the fold, and against the cases table grouped by the test itself. The seed is the
/// only data in 2016 (the other test writes 2017), so the view of every property sees exactly it.
/// </summary>
public sealed class VolumeRollupPostgresTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private const int Year = 2016;
    private const string Quarter = "from=2016-01-01&to=2016-03-31";
    private static readonly DateTimeOffset Start = StatsSeed.Local(1, 1, 0, year: Year), End = StatsSeed.Local(4, 1, 0, year: Year);

    private sealed record Row(Guid Id, CaseKind Kind, Category Category, Channel Channel, Guid PropertyId, Guid? DepartmentId, DateTimeOffset ReceivedAt);

    [SkippableFact]
    public async Task Every_property_s_volumes_equal_the_cases_through_writes_changes_and_the_fold()
    {
        app.Require();
        var seed = await StatsSeed.WriteAsync(app, StatsSeed.Generate(11, Year));
        var other = await StatsSeed.WriteAsync(app, StatsSeed.Generate(12, Year));
        await AssertFiguresEqualCasesAsync(expectedTotal: seed.Cases.Concat(other.Cases).Count(c => c.ReceivedAt >= Start && c.ReceivedAt < End));
        Assert.True(await PendingChangesAsync() > 0, "The seed's cases should have written changes that are not folded yet.");

        // Triage, transfers, a case moved to the other property and one received a month earlier, one taken out.
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
            var cases = await db.Cases.Where(c => c.ReceivedAt >= Start && c.ReceivedAt < End).OrderBy(c => c.ReceivedAt).ToListAsync();
            var otherProperty = await db.Properties.Where(p => p.Code == other.PropertyCode).Select(p => p.Id).SingleAsync();
            foreach (var c in cases.Take(20))
            {
                db.Entry(c).Property(x => x.Category).CurrentValue = c.Category == Category.Hygiene ? Category.Safety : Category.Hygiene;
            }

            foreach (var c in cases.Skip(20).Take(10))
            {
                db.Entry(c).Property(x => x.DepartmentId).CurrentValue = c.DepartmentId == seed.Departments[0] ? seed.Departments[1] : seed.Departments[0];
            }

            db.Entry(cases[30]).Property(x => x.PropertyId).CurrentValue = otherProperty;
            db.Entry(cases[31]).Property(x => x.ReceivedAt).CurrentValue = cases[31].ReceivedAt.AddDays(-40);
            db.Entry(cases[32]).Property(x => x.Kind).CurrentValue = cases[32].Kind == CaseKind.Praise ? CaseKind.Complaint : CaseKind.Praise;
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlAsync($"DELETE FROM cases WHERE \"Id\" = {cases[33].Id}");
        }

        var total = await AssertFiguresEqualCasesAsync(expectedTotal: null);

        var folded = await app.Services.GetRequiredService<VolumeRollupJob>().RunOnceAsync(CancellationToken.None);

        Assert.True(folded > 0);
        Assert.Equal(0, await PendingChangesAsync());
        Assert.Equal(total, await AssertFiguresEqualCasesAsync(expectedTotal: null));
        Assert.Equal(0, await app.Services.GetRequiredService<VolumeRollupJob>().RunOnceAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task A_department_filter_or_one_property_counts_the_cases_themselves_and_agrees()
    {
        app.Require();
        // A year of its own, so the other test's view of every property does not see these cases.
        var seed = await StatsSeed.WriteAsync(app, StatsSeed.Generate(13, Year + 1));
        var (start, end) = (StatsSeed.Local(1, 1, 0, year: Year + 1), StatsSeed.Local(4, 1, 0, year: Year + 1));
        var inside = seed.Cases.Where(c => c.ReceivedAt >= start && c.ReceivedAt < end).ToList();
        const string quarter = "from=2017-01-01&to=2017-03-31";

        var property = await GetAsync($"/api/v1/stats/volumes?{quarter}&property={seed.PropertyCode}&granularity=month");
        var department = await GetAsync($"/api/v1/stats/volumes?{quarter}&department={seed.Departments[2]}&granularity=month");

        Assert.Equal(inside.Count, property["total"]!.GetValue<long>());
        Assert.Equal(inside.Count(c => c.Department == 2), department["total"]!.GetValue<long>());
    }

    /// <summary>Compares the all-properties volumes by day and by month with the 2016 cases as the table holds them now.</summary>
    private async Task<long> AssertFiguresEqualCasesAsync(long? expectedTotal)
    {
        List<Row> rows;
        using (var scope = app.Services.CreateScope())
        {
            rows = await scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>().Cases.AsNoTracking()
                .Where(c => c.ReceivedAt >= Start && c.ReceivedAt < End)
                .Select(c => new Row(c.Id, c.Kind, c.Category, c.Channel, c.PropertyId, c.DepartmentId, c.ReceivedAt)).ToListAsync();
        }

        // Read back in C#: the instants as stored, put into local days by the test.
        var zone = StatsSeed.Zone;
        DateOnly Day(Row r) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(r.ReceivedAt, zone).DateTime);
        if (expectedTotal is { } total)
        {
            Assert.Equal(total, rows.Count);
        }

        var byMonth = await GetAsync($"/api/v1/stats/volumes?{Quarter}&granularity=month");
        var byDay = await GetAsync($"/api/v1/stats/volumes?{Quarter}&granularity=day");

        Assert.Equal(rows.Count, byMonth["total"]!.GetValue<long>());
        Assert.Equal(Enumerable.Range(1, 3).Select(m => (long)rows.Count(r => Day(r).Month == m)), Longs(byMonth["counts"]!));
        var days = new ReportingPeriod(new DateOnly(Year, 1, 1), new DateOnly(Year, 3, 31), zone).Buckets(Granularity.Day);
        Assert.Equal(days.Select(d => (long)rows.Count(r => Day(r) == d.FirstDay)), Longs(byDay["counts"]!));
        Assert.Equal(Expected(rows, r => Key(r.Kind)), Actual(byMonth["byKind"]!));
        Assert.Equal(Expected(rows, r => Key(r.Category)), Actual(byMonth["byCategory"]!));
        Assert.Equal(Expected(rows, r => Key(r.Channel)), Actual(byMonth["byChannel"]!));
        Assert.Equal(Expected(rows, r => r.DepartmentId?.ToString() ?? "none"), Actual(byMonth["byDepartment"]!));
        var codes = await PropertyCodesAsync();
        Assert.Equal(Expected(rows, r => codes[r.PropertyId]), Actual(byMonth["byProperty"]!));
        var hygiene = byMonth["byCategory"]!.AsArray().SingleOrDefault(s => s!["key"]!.GetValue<string>() == "hygiene");
        Assert.Equal(Enumerable.Range(1, 3).Select(m => (long)rows.Count(r => r.Category == Category.Hygiene && Day(r).Month == m)),
            hygiene is null ? [0, 0, 0] : Longs(hygiene["counts"]!));
        return rows.Count;
    }

    private async Task<Dictionary<Guid, string>> PropertyCodesAsync()
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>().Properties.ToDictionaryAsync(p => p.Id, p => p.Code);
    }

    private async Task<long> PendingChangesAsync()
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>().Database
            .SqlQuery<long>($"SELECT count(*) AS \"Value\" FROM case_volume_changes WHERE \"Day\" >= {new DateOnly(Year, 1, 1)} AND \"Day\" < {new DateOnly(Year + 1, 1, 1)}")
            .SingleAsync();
    }

    private async Task<JsonNode> GetAsync(string url)
    {
        var response = await app.Api("manager").GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    private static IEnumerable<long> Longs(JsonNode array) => array.AsArray().Select(n => n!.GetValue<long>()).ToList();
}
