using System.Globalization;
using GuestLoop.Domain;
using GuestLoop.Domain.Sla;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuestLoop.Web.Features.Sla;

public static class CalendarsApi
{
    public const int MaxDaysListed = 800;

    public static RouteGroupBuilder MapCalendarsApi(this RouteGroupBuilder api)
    {
        var calendars = api.MapGroup("/calendars").WithTags("Calendars");
        calendars.MapGet("/{code}/due", Due).WithName("CalendarDue")
            .WithSummary("When a deadline of N working days, N working hours or N hours from an instant falls due");
        calendars.MapGet("/{code}/days", Days).WithName("CalendarDays").WithSummary("Each date as working or not, with the holiday name");
        return api;
    }

    private static async Task<Results<Ok<DueJson>, ValidationProblem, ProblemHttpResult>> Due(string code, string? from,
        string? workingDays, string? workingHours, string? hours, SlaCatalog catalog, CancellationToken ct)
    {
        var calendar = await catalog.FindCalendarAsync(code, ct);
        if (calendar is null)
        {
            return NotFound(code);
        }

        var errors = new FieldErrors();
        var days = Number<int>("workingDays", workingDays, errors);
        var workHours = Number<double>("workingHours", workingHours, errors);
        var elapsedHours = Number<double>("hours", hours, errors);
        if (string.IsNullOrWhiteSpace(from)
            || !DateTimeOffset.TryParse(from, CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !HasOffset(from))
        {
            errors.Add("from", "An ISO-8601 instant with an offset or Z is required, e.g. 2026-10-01T10:00:00+08:00.");
            start = default;
        }

        var given = new[] { workingDays, workingHours, hours }.Count(x => x is not null);
        if (given != 1)
        {
            errors.Add("workingDays", "Give exactly one of workingDays, workingHours or hours.");
        }
        else if (days is < 0 or > 3650 || workHours is < 0 or > 87600 || elapsedHours is < 0 or > 87600)
        {
            errors.Add(days is not null ? "workingDays" : workHours is not null ? "workingHours" : "hours", "Must be zero or more (and within ten years).");
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var due = days is { } d ? calendar.AddWorkingDays(start, d)
            : workHours is { } wh ? calendar.AddWorkingHours(start, TimeSpan.FromHours(wh))
            : calendar.AddElapsed(start, TimeSpan.FromHours(elapsedHours!.Value));
        return TypedResults.Ok(new DueJson(TimeZoneInfo.ConvertTime(due, calendar.TimeZone), elapsedHours is null && calendar.IsProvisional(due)));
    }

    private static async Task<Results<Ok<List<CalendarDayJson>>, ValidationProblem, ProblemHttpResult>> Days(string code,
        string? from, string? to, SlaCatalog catalog, CancellationToken ct)
    {
        var calendar = await catalog.FindCalendarAsync(code, ct);
        if (calendar is null)
        {
            return NotFound(code);
        }

        if (!DateOnly.TryParseExact(from, "yyyy-MM-dd", out var first) || !DateOnly.TryParseExact(to, "yyyy-MM-dd", out var last)
            || last < first || last.DayNumber - first.DayNumber > MaxDaysListed)
        {
            return TypedResults.ValidationProblem(
                FieldErrors.For("from", $"Give from and to as dates (yyyy-MM-dd), from ≤ to, at most {MaxDaysListed} days apart."));
        }

        var days = new List<CalendarDayJson>();
        for (var date = first; date <= last; date = date.AddDays(1))
        {
            var day = calendar.Describe(date);
            days.Add(new CalendarDayJson(date, day.IsWorkingDay, day.Kind.ToString(), day.Name));
        }

        return TypedResults.Ok(days);
    }

    private static bool HasOffset(string text) => text.EndsWith('Z') || text.EndsWith('z')
        || text.Length > 6 && (text[^6] is '+' or '-') && text[^3] == ':';

    private static ProblemHttpResult NotFound(string code) =>
        TypedResults.Problem($"There is no calendar '{code}'.", statusCode: 404, title: "Not found");

    private static T? Number<T>(string name, string? text, FieldErrors errors) where T : struct, IParsable<T>
    {
        if (text is null)
        {
            return null;
        }

        if (T.TryParse(text, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(name, $"'{text}' is not a number.");
        return null;
    }
}

/// <param name="Provisional">The count reached a year whose holidays are computed, not yet published.</param>
public sealed record DueJson(DateTimeOffset DueAt, bool Provisional = false);

public sealed record CalendarDayJson(DateOnly Date, bool Working, string Kind, string? Name);

