namespace GuestLoop.Domain.Reservations;

/// <summary>The nights a reservation covers: from the arrival date up to, not including, the departure date.</summary>
public readonly record struct Stay(DateOnly Arrival, DateOnly Departure)
{
    /// <summary>The longest stay one reservation may cover; longer stays are booked as several.</summary>
    public const int MaxNights = 30;

    /// <summary>How far ahead a reservation may be made.</summary>
    public const int MaxDaysAhead = 550;

    public int Nights => Departure.DayNumber - Arrival.DayNumber;

    /// <summary>Each night of the stay, by the date it begins.</summary>
    public IEnumerable<DateOnly> EachNight()
    {
        for (var night = Arrival; night < Departure; night = night.AddDays(1))
        {
            yield return night;
        }
    }

    public bool Covers(DateOnly night) => night >= Arrival && night < Departure;

    /// <summary>Adds the problems to <paramref name="errors"/>: a stay of 1 to 30 nights, arriving no earlier than today.</summary>
    public void Check(DateOnly today, FieldErrors errors)
    {
        if (Departure <= Arrival)
        {
            errors.Add("departure", "Must be after the arrival date.");
        }
        else if (Nights > MaxNights)
        {
            errors.Add("departure", $"A stay is at most {MaxNights} nights.");
        }

        if (Arrival < today)
        {
            errors.Add("arrival", "Cannot be in the past.");
        }
        else if (Arrival.DayNumber - today.DayNumber > MaxDaysAhead)
        {
            errors.Add("arrival", $"At most {MaxDaysAhead} days ahead.");
        }
    }
}
