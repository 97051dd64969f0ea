using System.Text;
using GuestLoop.Domain.Sla;
using Ical.Net.CalendarComponents;

namespace GuestLoop.Web.Features.Sla;

/// <summary>
/// Reads an iCalendar (.ics) holiday feed with Ical.Net into the plain events <see cref="HolidayImport"/> maps to days.
/// A file that is not iCalendar, or has recurring events, is refused as a whole.
/// </summary>
public static class IcsReader
{
    public const long MaxBytes = 512 * 1024;

    /// <summary>X-properties some feeds use to mark a day as worked (Apple's holiday calendars, and our own).</summary>
    private static readonly string[] MarkerProperties = ["X-GUESTLOOP-DAY", "X-APPLE-SPECIAL-DAY", "X-WORKDAY"];

    public sealed record Result(IReadOnlyList<SpecialDay> Days, int Skipped, IReadOnlyList<string> Errors);

    public static async Task<Result> ReadAsync(Stream stream, CancellationToken ct)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var text = await reader.ReadToEndAsync(ct);
        if (!text.TrimStart().StartsWith("BEGIN:VCALENDAR", StringComparison.OrdinalIgnoreCase))
        {
            return Failed("The file is not an iCalendar file (it must start with BEGIN:VCALENDAR).");
        }

        Ical.Net.Calendar? calendar;
        try
        {
            calendar = Ical.Net.Calendar.Load(text);
        }
        // The parser reports malformed input with many exception types; any of them means the file is unusable.
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            return Failed("The iCalendar file cannot be read: " + e.Message);
        }

        if (calendar is null || calendar.Events.Count == 0)
        {
            return Failed("The iCalendar file has no events.");
        }

        var events = new List<ImportedEvent>();
        foreach (var e in calendar.Events)
        {
            if (e.RecurrenceRule is not null || e.RecurrenceDates.GetAllDates().Any())
            {
                return Failed($"The event '{e.Summary}' repeats; list each year's dates as events of their own.");
            }

            if (e.DtStart is not { } start)
            {
                return Failed($"The event '{e.Summary}' has no DTSTART.");
            }

            events.Add(new ImportedEvent(start.Date, e.DtEnd?.Date, !start.HasTime, e.Summary, Markers(e)));
        }

        var (days, skipped, errors) = HolidayImport.ToSpecialDays(events);
        return new Result(days, skipped, errors);
    }

    private static List<string> Markers(CalendarEvent e)
    {
        var markers = e.Categories.ToList();
        markers.AddRange(e.Properties.Where(p => MarkerProperties.Contains(p.Name, StringComparer.OrdinalIgnoreCase))
            .Select(p => p.Value?.ToString() ?? string.Empty));
        return markers;
    }

    private static Result Failed(string error) => new([], 0, [error]);
}
