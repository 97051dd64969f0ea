using GuestLoop.Domain.Sla;

namespace GuestLoop.Domain.Tests.Sla;

public class HolidayImportTests
{
    private static ImportedEvent AllDay(string from, string? toExclusive, string summary, params string[] markers) =>
        new(DateOnly.Parse(from), toExclusive is null ? null : DateOnly.Parse(toExclusive), true, summary, markers);

    [Fact]
    public void A_multi_day_event_expands_with_DTEND_exclusive()
    {
        var (days, _, errors) = HolidayImport.ToSpecialDays([AllDay("2027-10-01", "2027-10-04", "国庆节")]);

        Assert.Empty(errors);
        Assert.Equal([new DateOnly(2027, 10, 1), new DateOnly(2027, 10, 2), new DateOnly(2027, 10, 3)], days.Select(d => d.Date));
        Assert.All(days, d => Assert.Equal(SpecialDayKind.Holiday, d.Kind));
        Assert.All(days, d => Assert.Equal("国庆节", d.Name));
    }

    [Theory]
    [InlineData("调休上班")]
    [InlineData("补班")]
    [InlineData("国庆节（上班）")]
    public void A_summary_with_ban_is_an_adjusted_working_day(string summary)
    {
        var (days, _, _) = HolidayImport.ToSpecialDays([AllDay("2027-09-26", null, summary)]);

        Assert.Equal(SpecialDayKind.AdjustedWorkday, Assert.Single(days).Kind);
    }

    [Theory]
    [InlineData("WORKDAY")]
    [InlineData(" working day ")]
    [InlineData("补班")]
    public void A_marker_makes_a_working_day(string marker)
    {
        var (days, _, _) = HolidayImport.ToSpecialDays([AllDay("2027-09-26", "2027-09-27", "国庆节", marker)]);

        Assert.Equal(SpecialDayKind.AdjustedWorkday, Assert.Single(days).Kind);
    }

    [Fact]
    public void Timed_events_are_skipped_and_counted()
    {
        var timed = new ImportedEvent(new DateOnly(2027, 1, 1), null, false, "年会", []);

        var (days, skipped, errors) = HolidayImport.ToSpecialDays([timed, AllDay("2027-01-01", "2027-01-02", "元旦")]);

        Assert.Single(days);
        Assert.Equal(1, skipped);
        Assert.Empty(errors);
    }

    [Fact]
    public void A_date_both_off_and_worked_is_an_error()
    {
        var (_, _, errors) = HolidayImport.ToSpecialDays([AllDay("2027-02-06", "2027-02-08", "春节"), AllDay("2027-02-07", null, "补班")]);

        Assert.Contains(errors, e => e.Contains("2027-02-07"));
    }

    [Fact]
    public void An_event_spanning_more_than_a_year_is_an_error()
    {
        var (_, _, errors) = HolidayImport.ToSpecialDays([AllDay("2027-01-01", "2028-06-01", "长假")]);

        Assert.Single(errors);
    }

    [Fact]
    public void Compare_counts_added_changed_and_unchanged_by_kind()
    {
        SpecialDay Day(int d, SpecialDayKind kind, string name) => new(new DateOnly(2027, 10, d), kind, name);
        var existing = new[] { Day(1, SpecialDayKind.Holiday, "国庆节"), Day(2, SpecialDayKind.Holiday, "旧名"), Day(9, SpecialDayKind.Holiday, "国庆节") };
        var imported = new[]
        {
            Day(1, SpecialDayKind.Holiday, "国庆节"), Day(2, SpecialDayKind.Holiday, "国庆节"), Day(3, SpecialDayKind.Holiday, "国庆节"),
            Day(9, SpecialDayKind.AdjustedWorkday, "补班"), Day(10, SpecialDayKind.AdjustedWorkday, "补班"),
        };

        var summary = HolidayImport.Compare(existing, imported, skipped: 2);

        Assert.Equal(new ImportSummary(HolidaysAdded: 1, HolidaysChanged: 1, WorkingDaysAdded: 1, WorkingDaysChanged: 1, Unchanged: 1, EventsSkipped: 2), summary);
    }
}
