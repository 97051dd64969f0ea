using GuestLoop.Domain;
using GuestLoop.Domain.Sla;
using GuestLoop.Web.Features.Account;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace GuestLoop.Web.Features.Sla;

/// <summary>An administrator's reading and editing of working calendars, including iCal import.</summary>
public static class CalendarAdminApi
{
    public static RouteGroupBuilder MapCalendarAdminApi(this RouteGroupBuilder api)
    {
        var calendars = api.MapGroup("/calendars").WithTags("Calendars").RequireAuthorization(AuthSetup.AdminPolicy);
        calendars.MapGet("/", List).WithName("ListCalendars").WithSummary("Every working calendar");
        calendars.MapGet("/{code}", Get).WithName("GetCalendar").WithSummary("A calendar: time zone, weekly shifts, holidays and adjusted working days");
        calendars.MapPut("/{code}", Put).WithName("PutCalendar")
            .WithSummary("Create or replace a calendar; the open cases of the properties using it get new deadlines");
        calendars.MapPost("/{code}/import", Import).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(IcsReader.MaxBytes + 64 * 1024)).WithName("ImportCalendarDays")
            .WithSummary("Add and change dates from an iCalendar (.ics) holiday feed (multipart field 'file') and/or the notice typed as a table "
                + "(field 'table', a line a period: '2027-01-01..2027-01-03 休', '2027-02-07 班'; errors as table[line]); preview=true only counts");
        return api;
    }

    private static async Task<Ok<List<CalendarListItemJson>>> List(SlaAdministration admin, CancellationToken ct)
    {
        var counts = await admin.DayCountsAsync(ct);
        return TypedResults.Ok((await admin.CalendarsAsync(ct))
            .Select(c => new CalendarListItemJson(c.Code, c.Name, c.TimeZoneId, counts.GetValueOrDefault(c.Code), c.UpdatedAt)).ToList());
    }

    private static async Task<Results<Ok<CalendarJson>, ProblemHttpResult>> Get(string code, SlaAdministration admin, CancellationToken ct) =>
        await admin.CalendarAsync(code, ct) is { } definition ? TypedResults.Ok(CalendarJson.From(definition)) : NotFound(code);

    private static async Task<Results<Ok<CalendarJson>, Created<CalendarJson>, ValidationProblem>> Put(string code, CalendarBody body,
        HttpContext http, SlaAdministration admin, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var definition = body.ToDefinition(code, errors);
        if (definition is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var follows = body.FollowsStatutoryHolidays ?? (await admin.CalendarAsync(code, ct))?.FollowsStatutoryHolidays ?? false;
        var change = await admin.SaveCalendarAsync(definition with { FollowsStatutoryHolidays = follows }, http.User.ToScope(), ct);
        if (!change.Saved)
        {
            return TypedResults.ValidationProblem(change.Errors);
        }

        var saved = CalendarJson.From((await admin.CalendarAsync(code, ct))!);
        return change.Created ? TypedResults.Created($"/api/v1/calendars/{code}", saved) : TypedResults.Ok(saved);
    }

    private static async Task<Results<Ok<ImportJson>, ValidationProblem, ProblemHttpResult>> Import(string code, IFormFile? file,
        [FromForm] string? table, bool? preview, HttpContext http, SlaAdministration admin, CancellationToken ct)
    {
        var hasTable = !string.IsNullOrWhiteSpace(table);
        if ((file is null || file.Length == 0) && !hasTable)
        {
            return TypedResults.ValidationProblem(FieldErrors.For("file",
                "An .ics file (multipart field 'file') or the notice typed as a table (field 'table') is required."));
        }

        if (file?.Length > IcsReader.MaxBytes)
        {
            return TypedResults.Problem($"A calendar file may be at most {IcsReader.MaxBytes / 1024} KiB.", statusCode: 413, title: "File too large");
        }

        var errors = new FieldErrors();
        var days = new List<SpecialDay>();
        var skipped = 0;
        var sources = new List<string>();
        if (file is { Length: > 0 })
        {
            await using var stream = file.OpenReadStream();
            var read = await IcsReader.ReadAsync(stream, ct);
            if (read.Errors.Count > 0)
            {
                errors.Add("file", read.Errors);
            }

            skipped = read.Skipped;
            days.AddRange(read.Days);
            sources.Add(Source(file.FileName));
        }

        if (hasTable)
        {
            var typed = HolidayTable.Parse(table!);
            foreach (var line in typed.Errors.GroupBy(e => e.Line))
            {
                errors.Add($"table[{line.Key}]", line.Select(e => e.Error));
            }

            // A typed line wins over the feed for the same date: it is the notice itself.
            days = [.. days.Where(d => typed.Days.All(t => t.Date != d.Date)).Concat(typed.Days).OrderBy(d => d.Date)];
            sources.Add(TableSource);
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (summary, recomputed) = await admin.ImportAsync(code, days, skipped, string.Join("; ", sources), apply: preview != true,
            http.User.ToScope(), ct);
        return summary is null ? NotFound(code) : TypedResults.Ok(new ImportJson(preview == true, summary.HolidaysAdded, summary.HolidaysChanged,
            summary.WorkingDaysAdded, summary.WorkingDaysChanged, summary.Unchanged, summary.EventsSkipped, recomputed));
    }

    /// <summary>The source recorded on dates typed from the notice.</summary>
    internal const string TableSource = "国务院办公厅通知（表格录入）";

    internal static string Source(string fileName)
    {
        var source = "iCal: " + GuestLoop.Domain.Cases.StoredFileName.Clean(fileName, "feed.ics");
        return source.Length > 300 ? source[..300] : source;
    }

    internal static ProblemHttpResult NotFound(string code) =>
        TypedResults.Problem($"There is no calendar '{code}'.", statusCode: 404, title: "Not found");
}

public sealed record ImportJson(bool Preview, int HolidaysAdded, int HolidaysChanged, int WorkingDaysAdded, int WorkingDaysChanged,
    int Unchanged, int EventsSkipped, int CasesRecomputed);
