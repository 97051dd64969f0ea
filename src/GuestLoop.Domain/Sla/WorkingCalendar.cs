namespace GuestLoop.Domain.Sla;

/// <summary>
/// Working-time arithmetic on one calendar (DESIGN §4): an IANA time zone, opening shifts per weekday,
/// dated holidays and adjusted working days. Every method is a pure function of its arguments; instants
/// go in and come out, local dates and times are only used inside.
/// </summary>
public sealed class WorkingCalendar
{
    private static readonly (TimeOnly Start, TimeOnly End)[] NoShifts = [];

    private readonly (TimeOnly Start, TimeOnly End)[][] _weekly = new (TimeOnly, TimeOnly)[7][];
    private readonly (TimeOnly Start, TimeOnly End)[] _standardDay;
    private readonly Dictionary<DateOnly, SpecialDay> _special;
    private readonly TimeSpan? _fixedOffset;
    private readonly int _lastPublishedYear = int.MaxValue;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, Dictionary<DateOnly, SpecialDay>> _computed = new();

    public WorkingCalendar(CalendarDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        Definition = definition;
        try
        {
            TimeZone = TimeZoneInfo.FindSystemTimeZoneById(definition.TimeZoneId);
        }
        catch (TimeZoneNotFoundException e)
        {
            throw new ArgumentException($"'{definition.TimeZoneId}' is not a known IANA time zone.", nameof(definition), e);
        }

        if (definition.Shifts.Count == 0 || definition.Shifts.Any(s => !s.IsValid))
        {
            throw new ArgumentException("A calendar needs at least one shift, each ending after it starts.", nameof(definition));
        }

        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            _weekly[(int)day] = Merge(definition.Shifts.Where(s => s.Day == day));
        }

        _standardDay = Enum.GetValues<DayOfWeek>().OrderBy(d => ((int)d + 6) % 7)
            .Select(d => _weekly[(int)d]).First(s => s.Length > 0);
        _special = new Dictionary<DateOnly, SpecialDay>();
        foreach (var day in definition.SpecialDays)
        {
            _special[day.Date] = day;
        }

        _fixedOffset = IsFixedSince2000(TimeZone) ? TimeZone.BaseUtcOffset : null;
        if (definition.FollowsStatutoryHolidays && definition.LastPublishedYear is { } last)
        {
            _lastPublishedYear = last;
        }
    }

    public CalendarDefinition Definition { get; }

    public string Code => Definition.Code;

    public TimeZoneInfo TimeZone { get; }

    /// <summary>The local date of an instant in this calendar's zone.</summary>
    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant));

    public bool IsWorkingDay(DateOnly date) => ShiftsOn(date).Length > 0;

    /// <summary>The last year of published holidays, when later years are computed from the statutory rules.</summary>
    public int? LastPublishedYear => _lastPublishedYear == int.MaxValue ? null : _lastPublishedYear;

    /// <summary>Whether a date lies in a year whose holidays are computed, not published, so may still move.</summary>
    public bool IsProvisional(DateOnly date) => date.Year > _lastPublishedYear;

    /// <summary>Whether a deadline at this instant counts days of a year whose holidays are not published yet.</summary>
    public bool IsProvisional(DateTimeOffset instant) => _lastPublishedYear != int.MaxValue && IsProvisional(LocalDate(instant));

    public CalendarDay Describe(DateOnly date)
    {
        if ((_special.GetValueOrDefault(date) ?? ComputedHoliday(date)) is { } special)
        {
            return special.Kind == SpecialDayKind.Holiday
                ? new CalendarDay(date, false, special.Name, CalendarDayKind.Holiday)
                : new CalendarDay(date, true, special.Name, CalendarDayKind.AdjustedWorkday);
        }

        return _weekly[(int)date.DayOfWeek].Length > 0
            ? new CalendarDay(date, true, null, CalendarDayKind.Workday)
            : new CalendarDay(date, false, null, CalendarDayKind.Rest);
    }

    /// <summary>
    /// "Within N working days" of <paramref name="start"/>: close of business on the N-th working day after
    /// the local date of the start; the day of the start never counts. N = 0 means the close of the working
    /// day in progress (or of the next one when the start is after closing or on a day off).
    /// </summary>
    public DateTimeOffset AddWorkingDays(DateTimeOffset start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var date = LocalDate(start);
        var limit = ScanLimit(days);
        if (days == 0)
        {
            for (var i = 0; i < limit; i++, date = date.AddDays(1))
            {
                var shifts = ShiftsOn(date);
                if (shifts.Length > 0 && ToInstant(date, shifts[^1].End) >= start)
                {
                    return ToInstant(date, shifts[^1].End);
                }
            }

            throw NoWorkingTime();
        }

        var counted = 0;
        for (var i = 0; i < limit; i++)
        {
            date = date.AddDays(1);
            var shifts = ShiftsOn(date);
            if (shifts.Length > 0 && ++counted == days)
            {
                return ToInstant(date, shifts[^1].End);
            }
        }

        throw NoWorkingTime();
    }

    /// <summary>"Within N working hours": the instant at which N hours of opening time from the start are used up.</summary>
    public DateTimeOffset AddWorkingHours(DateTimeOffset start, TimeSpan workingTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingTime, TimeSpan.Zero);
        if (workingTime == TimeSpan.Zero)
        {
            return start;
        }

        var remaining = workingTime;
        var date = LocalDate(start).AddDays(-1);
        var limit = ScanLimit((int)Math.Min(int.MaxValue / 4, workingTime.TotalHours)) + 2;
        for (var i = 0; i < limit; i++, date = date.AddDays(1))
        {
            foreach (var (from, to) in ShiftsOn(date))
            {
                var end = ToInstant(date, to);
                if (end <= start)
                {
                    continue;
                }

                var begin = ToInstant(date, from);
                if (begin < start)
                {
                    begin = start;
                }

                var available = end - begin;
                if (remaining <= available)
                {
                    return begin + remaining;
                }

                remaining -= available;
            }
        }

        throw NoWorkingTime();
    }

    /// <summary>The first instant at or after <paramref name="at"/> that lies inside an opening shift (a shift's end is not inside it).</summary>
    public DateTimeOffset NextWorkingInstant(DateTimeOffset at)
    {
        var date = LocalDate(at).AddDays(-1);
        var limit = ScanLimit(0) + 2;
        for (var i = 0; i < limit; i++, date = date.AddDays(1))
        {
            foreach (var (from, to) in ShiftsOn(date))
            {
                if (ToInstant(date, to) <= at)
                {
                    continue;
                }

                var begin = ToInstant(date, from);
                return begin > at ? begin : at;
            }
        }

        throw NoWorkingTime();
    }

    /// <summary>"Within N hours": wall-clock time, holidays and nights included.</summary>
    public DateTimeOffset AddElapsed(DateTimeOffset start, TimeSpan elapsed) => start + elapsed;

    /// <summary>The opening time between two instants (zero when <paramref name="to"/> is not after <paramref name="from"/>).</summary>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return TimeSpan.Zero;
        }

        var total = TimeSpan.Zero;
        var last = LocalDate(to).AddDays(1);
        for (var date = LocalDate(from).AddDays(-1); date <= last; date = date.AddDays(1))
        {
            foreach (var (start, end) in ShiftsOn(date))
            {
                var begin = ToInstant(date, start);
                var finish = ToInstant(date, end);
                if (begin < from)
                {
                    begin = from;
                }

                if (finish > to)
                {
                    finish = to;
                }

                if (finish > begin)
                {
                    total += finish - begin;
                }
            }
        }

        return total;
    }

    /// <summary>The opening shifts of a date: none on a holiday, the standard day's on an adjusted working day without its own.</summary>
    public ReadOnlySpan<(TimeOnly Start, TimeOnly End)> Shifts(DateOnly date) => ShiftsOn(date);

    private (TimeOnly Start, TimeOnly End)[] ShiftsOn(DateOnly date)
    {
        if (_special.Count > 0 && (_special.GetValueOrDefault(date) ?? ComputedHoliday(date)) is { } special)
        {
            if (special.Kind == SpecialDayKind.Holiday)
            {
                return NoShifts;
            }

            var own = _weekly[(int)date.DayOfWeek];
            return own.Length > 0 ? own : _standardDay;
        }

        return _weekly[(int)date.DayOfWeek];
    }

    private SpecialDay? ComputedHoliday(DateOnly date) =>
        date.Year > _lastPublishedYear && date.Year <= 2100
            && _computed.GetOrAdd(date.Year, y => StatutoryHolidays.Of(y).ToDictionary(d => d.Date)).TryGetValue(date, out var day) ? day : null;

    private DateTime ToLocal(DateTimeOffset instant) =>
        _fixedOffset is { } offset && instant.Year >= 2000 ? instant.UtcDateTime + offset : TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime;

    /// <summary>
    /// A local wall-clock time as an instant. A time skipped by a daylight-saving jump moves forward by the jump;
    /// a time that occurs twice is taken at its first occurrence.
    /// </summary>
    private DateTimeOffset ToInstant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (_fixedOffset is { } fixedOffset && date.Year >= 2000)
        {
            return new DateTimeOffset(local, fixedOffset);
        }

        if (TimeZone.IsInvalidTime(local))
        {
            var before = TimeZone.GetUtcOffset(local.AddHours(-3));
            return new DateTimeOffset(local - before, TimeSpan.Zero).ToOffset(TimeZone.GetUtcOffset(local.AddHours(3)));
        }

        var offset = TimeZone.IsAmbiguousTime(local) ? TimeZone.GetAmbiguousTimeOffsets(local).Max() : TimeZone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    private static (TimeOnly Start, TimeOnly End)[] Merge(IEnumerable<WeeklyShift> shifts)
    {
        var merged = new List<(TimeOnly Start, TimeOnly End)>();
        foreach (var shift in shifts.OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && shift.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, shift.End > merged[^1].End ? shift.End : merged[^1].End);
            }
            else
            {
                merged.Add((shift.Start, shift.End));
            }
        }

        return [.. merged];
    }

    private static bool IsFixedSince2000(TimeZoneInfo zone)
    {
        var since = new DateTime(2000, 1, 1);
        return !zone.SupportsDaylightSavingTime
            || zone.GetAdjustmentRules().All(r => r.DateEnd < since || r.DaylightDelta == TimeSpan.Zero && r.BaseUtcOffsetDelta == TimeSpan.Zero);
    }

    /// <summary>Days to scan before giving up: generous for any real calendar, finite for one without working days.</summary>
    private static int ScanLimit(int amount) => 400 + amount * 3;

    private InvalidOperationException NoWorkingTime() =>
        new($"Calendar '{Code}' has no working time in the range searched; check its shifts and holidays.");
}
