namespace GuestLoop.Domain.Maintenance;

public enum RecurrenceUnit
{
    Hours,
    Days,
}

/// <summary>
/// How often a round is due: every N hours, or every N days at a clock time of the property (a patrol at 22:00, the fire
/// check on Mondays at 09:00). The next round is due a full period after the last one was completed; for days at a clock
/// time, moved to the nearest such time — a 22:10 patrol is next due at 22:00, as is one done at 01:00 for the night before.
/// </summary>
public sealed record InspectionRecurrence(int Every, RecurrenceUnit Unit, TimeOnly? At = null)
{
    /// <summary>A year of days, or a month of hours.</summary>
    public const int MaxDays = 366;

    public const int MaxHours = 744;

    public void Check(FieldErrors errors)
    {
        var max = Unit == RecurrenceUnit.Days ? MaxDays : MaxHours;
        if (Every < 1 || Every > max)
        {
            errors.Add("every", $"From 1 to {max} {(Unit == RecurrenceUnit.Days ? "days" : "hours")}.");
        }

        if (Unit == RecurrenceUnit.Hours && At is not null)
        {
            errors.Add("at", "A clock time goes with a period in days.");
        }
    }

    public TimeSpan Period => Unit == RecurrenceUnit.Days ? TimeSpan.FromDays(Every) : TimeSpan.FromHours(Every);

    /// <summary>The first round of a new schedule: at <paramref name="from"/>, or at the first clock time from then on.</summary>
    public DateTimeOffset First(DateTimeOffset from, TimeZoneInfo zone)
    {
        if (At is not { } at)
        {
            return from.ToUniversalTime();
        }

        var local = TimeZoneInfo.ConvertTime(from, zone);
        var today = AtLocal(DateOnly.FromDateTime(local.DateTime), at, zone);
        return today >= from ? today : AtLocal(DateOnly.FromDateTime(local.DateTime).AddDays(1), at, zone);
    }

    /// <summary>When the next round is due after one completed at <paramref name="completed"/>.</summary>
    public DateTimeOffset After(DateTimeOffset completed, TimeZoneInfo zone)
    {
        var plain = completed + Period;
        if (At is not { } at)
        {
            return plain.ToUniversalTime();
        }

        // The clock time nearest to a full period on: the one within twelve hours of it.
        var local = TimeZoneInfo.ConvertTime(plain - TimeSpan.FromHours(12), zone);
        var date = DateOnly.FromDateTime(local.DateTime);
        var candidate = AtLocal(date, at, zone);
        return candidate >= plain - TimeSpan.FromHours(12) ? candidate : AtLocal(date.AddDays(1), at, zone);
    }

    private static DateTimeOffset AtLocal(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time);
        if (zone.IsInvalidTime(local))
        {
            // A clock time skipped by a change to summer time: the same moment an hour on.
            local = local.AddHours(1);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
