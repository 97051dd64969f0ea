using GuestLoop.Domain.Cases;

namespace GuestLoop.Domain.Sla;

/// <summary>What makes a calendar definition unusable, checked before an administrator's edit is saved.</summary>
public static class CalendarValidation
{
    public const int MaxNameLength = 100;
    public const int MaxDayNameLength = 100;

    /// <summary>Problems as (field, message) pairs, field names as the API spells them; empty when the calendar is valid.</summary>
    public static IReadOnlyList<(string Field, string Message)> Validate(this CalendarDefinition calendar)
    {
        var errors = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(calendar.Code) || calendar.Code.Length > 40
            || !calendar.Code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            errors.Add(("code", "A code of 1 to 40 letters, digits or hyphens is required."));
        }

        if (string.IsNullOrWhiteSpace(calendar.Name) || calendar.Name.Length > MaxNameLength)
        {
            errors.Add(("name", $"A name of 1 to {MaxNameLength} characters is required."));
        }

        if (!IsIanaZone(calendar.TimeZoneId))
        {
            errors.Add(("timeZone", $"'{calendar.TimeZoneId}' is not an IANA time zone such as Asia/Shanghai."));
        }

        if (calendar.Shifts.Count == 0)
        {
            errors.Add(("shifts", "At least one weekly shift is required."));
        }

        for (var i = 0; i < calendar.Shifts.Count; i++)
        {
            var shift = calendar.Shifts[i];
            if (!shift.IsValid)
            {
                errors.Add(($"shifts[{i}]", "A shift ends after it starts."));
            }
            else if (calendar.Shifts.Take(i).Any(s => s.Day == shift.Day && s.IsValid && s.Start < shift.End && shift.Start < s.End))
            {
                errors.Add(($"shifts[{i}]", "This shift overlaps another shift of the same day."));
            }
        }

        for (var i = 0; i < calendar.SpecialDays.Count; i++)
        {
            var day = calendar.SpecialDays[i];
            if (PlausibleDates.CalendarDay(day.Date) is { } dateError)
            {
                errors.Add(($"days[{i}].date", dateError));
            }
            else if (calendar.SpecialDays.Take(i).Any(d => d.Date == day.Date))
            {
                errors.Add(($"days[{i}].date", $"{day.Date:yyyy-MM-dd} is listed more than once."));
            }

            if (string.IsNullOrWhiteSpace(day.Name) || day.Name.Length > MaxDayNameLength)
            {
                errors.Add(($"days[{i}].name", $"A name of 1 to {MaxDayNameLength} characters is required."));
            }
        }

        return errors;
    }

    /// <summary>A zone this machine knows by its IANA id (a Windows id such as "China Standard Time" is refused).</summary>
    public static bool IsIanaZone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId;
}
