using System.Net;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Sla;

public abstract class CalendarsApiTests(GuestLoopApp app)
{
    [SkippableTheory]
    // National Day + Mid-Autumn 2025 (Oct 1–8 off): one working day after Sep 30 is Thursday Oct 9.
    [InlineData("2025-09-30T10:00:00%2B08:00", "workingDays=1", "2025-10-09T18:00:00+08:00")]
    [InlineData("2025-09-30T02:00:00Z", "workingDays=1", "2025-10-09T18:00:00+08:00")]
    // Spring Festival 2026: Saturday Feb 14 is an adjusted working day, Feb 15–23 are off.
    [InlineData("2026-02-13T15:00:00%2B08:00", "workingDays=1", "2026-02-14T18:00:00+08:00")]
    [InlineData("2026-02-13T15:00:00%2B08:00", "workingDays=2", "2026-02-24T18:00:00+08:00")]
    // Labour Day 2026: one hour left on Apr 30, then May 6.
    [InlineData("2026-04-30T17:00:00%2B08:00", "workingHours=2", "2026-05-06T10:00:00+08:00")]
    [InlineData("2025-10-01T00:00:00Z", "hours=24", "2025-10-02T08:00:00+08:00")]
    public async Task Due_counts_working_time_of_the_cn_calendar(string from, string amount, string expected)
    {
        app.Require();
        var response = await app.Api().GetAsync($"/api/v1/calendars/cn/due?from={from}&{amount}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains($"\"dueAt\":\"{expected}\"", text);
    }

    [SkippableFact]
    public async Task An_unknown_calendar_is_404_problem()
    {
        app.Require();
        var response = await app.Api().GetAsync("/api/v1/calendars/mars/due?from=2026-01-05T09:00:00Z&workingDays=1");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [SkippableTheory]
    [InlineData("workingDays=1")]
    [InlineData("from=yesterday&workingDays=1")]
    [InlineData("from=2026-01-05T09:00:00&workingDays=1")]
    [InlineData("from=2026-01-05T09:00:00Z")]
    [InlineData("from=2026-01-05T09:00:00Z&workingDays=1&hours=2")]
    [InlineData("from=2026-01-05T09:00:00Z&workingDays=-1")]
    [InlineData("from=2026-01-05T09:00:00Z&workingDays=many")]
    public async Task Bad_or_missing_parameters_are_400_problem(string query)
    {
        app.Require();
        var response = await app.Api().GetAsync($"/api/v1/calendars/cn/due?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [SkippableFact]
    public async Task Days_lists_holidays_and_adjusted_working_days_by_name()
    {
        app.Require();
        var days = (await (await app.Api().GetAsync("/api/v1/calendars/cn/days?from=2026-05-01&to=2026-05-10")).JsonAsync()).AsArray();

        Assert.Equal(10, days.Count);
        var may1 = days[0]!;
        Assert.False(may1["working"]!.GetValue<bool>());
        Assert.Contains("劳动节", may1["name"]!.GetValue<string>());
        var may9 = days[8]!;
        Assert.Equal("2026-05-09", may9["date"]!.GetValue<string>());
        Assert.True(may9["working"]!.GetValue<bool>());
        var may10 = days[9]!;
        Assert.False(may10["working"]!.GetValue<bool>());
    }
}

public sealed class CalendarsApiSqliteTests(SqliteApp app) : CalendarsApiTests(app), IClassFixture<SqliteApp>;

public sealed class CalendarsApiPostgresTests(PostgresApp app) : CalendarsApiTests(app), IClassFixture<PostgresApp>;
