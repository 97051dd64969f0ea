using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Sla;

public abstract class CalendarAdminApiTests(GuestLoopApp app)
{
    // Mid-Autumn/National Day 2027 as a feed announces it: Monday–Wednesday off, Saturday Oct 9 worked.
    private const string Feed = """
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//GuestLoop tests//Holidays//ZH
        CALSCALE:GREGORIAN
        X-WR-CALNAME:中国节假日
        BEGIN:VEVENT
        UID:20271004-holiday@guestloop.test
        DTSTAMP:20270601T000000Z
        DTSTART;VALUE=DATE:20271004
        DTEND;VALUE=DATE:20271007
        SUMMARY:国庆节
        CATEGORIES:HOLIDAY
        END:VEVENT
        BEGIN:VEVENT
        UID:20271009-work@guestloop.test
        DTSTAMP:20270601T000000Z
        DTSTART;VALUE=DATE:20271009
        DTEND;VALUE=DATE:20271010
        SUMMARY:国庆节补班
        END:VEVENT
        END:VCALENDAR
        """;

    private static object Office(string zone = "Asia/Shanghai", string[]? shifts = null, object[]? days = null) => new
    {
        name = "总部办公室",
        timeZone = zone,
        shifts = shifts ?? ["Monday 09:00-12:00", "Monday 13:00-18:00", "Tuesday 09:00-18:00", "Wednesday 09:00-18:00",
            "Thursday 09:00-18:00", "Friday 09:00-18:00"],
        days = days ?? [new { date = "2027-01-01", working = false, name = "元旦" }],
    };

    private static MultipartFormDataContent Upload(string ics)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(ics.ReplaceLineEndings("\r\n")));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/calendar");
        return new MultipartFormDataContent { { file, "file", "holidays-2027.ics" } };
    }

    private async Task<string> DueAsync(string code, string from) =>
        (await (await app.Api().GetAsync($"/api/v1/calendars/{code}/due?from={Uri.EscapeDataString(from)}&workingDays=1")).JsonAsync())["dueAt"]!.GetValue<string>();

    [SkippableFact]
    public async Task Put_creates_then_replaces_and_get_returns_the_definition()
    {
        app.Require();
        var created = await app.Api().PutAsJsonAsync("/api/v1/calendars/hq-office", Office());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var replaced = await app.Api().PutAsJsonAsync("/api/v1/calendars/hq-office",
            Office(days: [new { date = "2027-02-06", working = true, name = "春节调休上班" }]));
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);

        var json = await (await app.Api().GetAsync("/api/v1/calendars/hq-office")).JsonAsync();
        Assert.Equal("Asia/Shanghai", json["timeZone"]!.GetValue<string>());
        Assert.Equal("Monday 13:00-18:00", json["shifts"]![1]!.GetValue<string>());
        var day = Assert.Single(json["days"]!.AsArray())!;
        Assert.Equal("2027-02-06", day["date"]!.GetValue<string>());
        Assert.True(day["working"]!.GetValue<bool>());
        var list = (await (await app.Api().GetAsync("/api/v1/calendars")).JsonAsync()).AsArray();
        Assert.Contains(list, c => c!["code"]!.GetValue<string>() == "cn");
        Assert.Contains(list, c => c!["code"]!.GetValue<string>() == "hq-office");
    }

    [SkippableFact]
    public async Task Put_with_bad_fields_is_400_with_field_errors_and_changes_nothing()
    {
        app.Require();
        var duplicate = new[] { new { date = "2027-05-01", working = false, name = "劳动节" }, new { date = "2027-05-01", working = false, name = "劳动节" } };

        var response = await app.Api().PutAsJsonAsync("/api/v1/calendars/cn",
            Office("Asia/Atlantis", ["Monday 09:00-18:00", "Funday 09:00-18:00"], duplicate));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.JsonAsync())["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("timeZone"));
        Assert.True(errors.ContainsKey("shifts[1]"));
        Assert.True(errors.ContainsKey("days[1].date"));
        var cn = await (await app.Api().GetAsync("/api/v1/calendars/cn")).JsonAsync();
        Assert.Equal("Asia/Shanghai", cn["timeZone"]!.GetValue<string>());
        Assert.True(cn["days"]!.AsArray().Count > 100);
    }

    [SkippableFact]
    public async Task Field_errors_name_the_entry_sent_even_after_an_unreadable_one()
    {
        app.Require();
        var days = new[] { new { date = "1 May", working = false, name = "劳动节" }, new { date = "2027-05-01", working = false, name = "" } };

        var response = await app.Api().PutAsJsonAsync("/api/v1/calendars/hq-errors",
            Office(shifts: ["Monday 9-18", "Monday 09:00-12:00", "Monday 11:00-14:00"], days: days));

        var errors = (await response.JsonAsync())["errors"]!.AsObject();
        Assert.Equal(["days[0].date", "days[1].name", "shifts[0]", "shifts[2]"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task Unknown_calendar_is_404_and_only_administrators_may_edit()
    {
        app.Require();
        Assert.Equal(HttpStatusCode.NotFound, (await app.Api().GetAsync("/api/v1/calendars/mars")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Api().PostAsync("/api/v1/calendars/mars/import", Upload(Feed))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Api("agent").PutAsJsonAsync("/api/v1/calendars/cn", Office())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Api("agent").GetAsync("/api/v1/calendars")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Api("agent").GetAsync("/api/v1/calendars/cn/days?from=2026-05-01&to=2026-05-02")).StatusCode);
    }

    [SkippableFact]
    public async Task An_ics_file_over_the_limit_is_413()
    {
        app.Require();
        var padding = string.Concat(Enumerable.Repeat("X-PADDING:" + new string('x', 60) + "\r\n", 12_000));

        var response = await app.Api().PostAsync("/api/v1/calendars/cn/import", Upload(Feed.Replace("CALSCALE:GREGORIAN", padding + "CALSCALE:GREGORIAN")));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [SkippableFact]
    public async Task An_ics_import_previews_then_applies_and_due_dates_follow_it()
    {
        app.Require();
        await app.Api().PutAsJsonAsync("/api/v1/calendars/import-office", Office());
        Assert.Equal("2027-10-04T18:00:00+08:00", await DueAsync("import-office", "2027-10-01T10:00:00+08:00"));

        var preview = await (await app.Api().PostAsync("/api/v1/calendars/import-office/import?preview=true", Upload(Feed))).JsonAsync();
        Assert.Equal(3, preview["holidaysAdded"]!.GetValue<int>());
        Assert.Equal(1, preview["workingDaysAdded"]!.GetValue<int>());
        Assert.Equal("2027-10-04T18:00:00+08:00", await DueAsync("import-office", "2027-10-01T10:00:00+08:00"));

        var applied = await app.Api().PostAsync("/api/v1/calendars/import-office/import", Upload(Feed));
        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        var counts = await applied.JsonAsync();
        Assert.False(counts["preview"]!.GetValue<bool>());
        Assert.Equal(3, counts["holidaysAdded"]!.GetValue<int>());
        Assert.Equal(1, counts["workingDaysAdded"]!.GetValue<int>());

        Assert.Equal("2027-10-07T18:00:00+08:00", await DueAsync("import-office", "2027-10-01T10:00:00+08:00"));
        Assert.Equal("2027-10-09T18:00:00+08:00", await DueAsync("import-office", "2027-10-08T10:00:00+08:00"));
        var again = await (await app.Api().PostAsync("/api/v1/calendars/import-office/import", Upload(Feed))).JsonAsync();
        Assert.Equal(4, again["unchanged"]!.GetValue<int>());
        var days = (await (await app.Api().GetAsync("/api/v1/calendars/import-office")).JsonAsync())["days"]!.AsArray();
        Assert.Equal(5, days.Count);
        Assert.Contains(days, d => d!["date"]!.GetValue<string>() == "2027-10-09" && d["working"]!.GetValue<bool>() && d["name"]!.GetValue<string>() == "国庆节补班");
    }

    [SkippableTheory]
    [InlineData("this is not a calendar")]
    [InlineData("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR")]
    [InlineData("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20271004\r\nRRULE:FREQ=YEARLY\r\nSUMMARY:国庆节\r\nEND:VEVENT\r\nEND:VCALENDAR")]
    public async Task A_bad_ics_file_is_400_and_changes_nothing(string ics)
    {
        app.Require();
        await app.Api().PutAsJsonAsync("/api/v1/calendars/bad-import", Office());

        var response = await app.Api().PostAsync("/api/v1/calendars/bad-import/import", Upload(ics));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync())["errors"]!.AsObject().ContainsKey("file"));
        Assert.Single((await (await app.Api().GetAsync("/api/v1/calendars/bad-import")).JsonAsync())["days"]!.AsArray());
    }
}

public sealed class CalendarAdminApiSqliteTests(SqliteApp app) : CalendarAdminApiTests(app), IClassFixture<SqliteApp>;

public sealed class CalendarAdminApiPostgresTests(PostgresApp app) : CalendarAdminApiTests(app), IClassFixture<PostgresApp>;
