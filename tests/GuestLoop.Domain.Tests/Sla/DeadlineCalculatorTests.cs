using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Sla;
using static GuestLoop.Domain.Tests.Sla.Calendars;

namespace GuestLoop.Domain.Tests.Sla;

public class DeadlineCalculatorTests
{
    private static readonly SlaTarget OneWorkingDay = new(SlaStage.Investigation, 1, DurationUnit.WorkingDays, TargetAnchor.CaseReceived);
    private static readonly SlaTarget Hours24 = new(SlaStage.Response, 24, DurationUnit.Hours, TargetAnchor.CaseReceived);

    [Fact]
    public void Without_pauses_the_due_instant_follows_the_unit()
    {
        Assert.Equal(Bj(2026, 3, 3, 18), DeadlineCalculator.Due(Cn, OneWorkingDay, Bj(2026, 3, 2, 10), []));
        Assert.Equal(Bj(2026, 3, 3, 10), DeadlineCalculator.Due(Cn, Hours24, Bj(2026, 3, 2, 10), []));
        Assert.Equal(Bj(2026, 3, 2, 10, 30), DeadlineCalculator.Due(Cn, new SlaTarget(SlaStage.Resolution, 30, DurationUnit.Minutes, TargetAnchor.CaseReceived), Bj(2026, 3, 2, 10), []));
        Assert.Equal(Bj(2026, 3, 3, 10), DeadlineCalculator.Due(Cn, new SlaTarget(SlaStage.Response, 2, DurationUnit.WorkingHours, TargetAnchor.CaseReceived), Bj(2026, 3, 2, 17), []));
    }

    [Fact]
    public void A_closed_pause_adds_its_working_time_back_to_a_working_day_deadline()
    {
        // Received Monday 10:00, due Tuesday 18:00; waiting for the guest Monday 14:00–Tuesday 11:00 used 6 working hours.
        var due = DeadlineCalculator.Due(Cn, OneWorkingDay, Bj(2026, 3, 2, 10), [new PauseInterval(Bj(2026, 3, 2, 14), Bj(2026, 3, 3, 11))]);

        Assert.Equal(Bj(2026, 3, 4, 15), due);
    }

    [Fact]
    public void A_pause_over_a_weekend_costs_no_working_time()
    {
        var due = DeadlineCalculator.Due(Cn, new SlaTarget(SlaStage.Reply, 2, DurationUnit.WorkingDays, TargetAnchor.CaseReceived),
            Bj(2026, 3, 5, 10), [new PauseInterval(Bj(2026, 3, 6, 18), Bj(2026, 3, 9, 9))]);

        Assert.Equal(Bj(2026, 3, 9, 18), due);
    }

    [Fact]
    public void A_pause_adds_wall_clock_time_to_an_elapsed_deadline()
    {
        var due = DeadlineCalculator.Due(Cn, Hours24, Bj(2026, 3, 2, 10), [new PauseInterval(Bj(2026, 3, 2, 12), Bj(2026, 3, 2, 15, 30))]);

        Assert.Equal(Bj(2026, 3, 3, 13, 30), due);
    }

    [Fact]
    public void An_open_pause_stops_the_clock()
    {
        Assert.Null(DeadlineCalculator.Due(Cn, Hours24, Bj(2026, 3, 2, 10), [new PauseInterval(Bj(2026, 3, 2, 12), null)]));
    }

    [Fact]
    public void Pauses_before_the_start_or_after_the_deadline_change_nothing()
    {
        var start = Bj(2026, 3, 2, 10);
        var pauses = new[]
        {
            new PauseInterval(Bj(2026, 3, 1, 10), Bj(2026, 3, 2, 9)),
            new PauseInterval(Bj(2026, 3, 5, 10), Bj(2026, 3, 6, 10)),
        };

        Assert.Equal(Bj(2026, 3, 3, 10), DeadlineCalculator.Due(Cn, Hours24, start, pauses));
    }

    [Fact]
    public void Two_pauses_add_up()
    {
        var due = DeadlineCalculator.Due(Cn, Hours24, Bj(2026, 3, 2, 10),
            [new PauseInterval(Bj(2026, 3, 2, 11), Bj(2026, 3, 2, 12)), new PauseInterval(Bj(2026, 3, 3, 9), Bj(2026, 3, 3, 11))]);

        Assert.Equal(Bj(2026, 3, 3, 13), due);
    }
}

public class SlaPolicyTests
{
    [Theory]
    [InlineData(CaseKind.Complaint, Severity.General, 4)]
    [InlineData(CaseKind.Suggestion, Severity.General, 1)]
    public void The_scenic_manual_sets_four_complaint_stages(CaseKind kind, Severity severity, int stages) =>
        Assert.Equal(stages, SlaPresets.Scenic.TargetsFor(kind, severity).Count);

    [Fact]
    public void The_most_specific_rule_wins()
    {
        var urgent = new SlaTarget(SlaStage.Response, 2, DurationUnit.WorkingHours, TargetAnchor.CaseReceived);
        var policy = SlaPresets.Tourism with
        {
            Rules = [.. SlaPresets.Tourism.Rules, new SlaPolicyRule(CaseKind.Complaint, Severity.Urgent, [urgent]), new SlaPolicyRule(null, Severity.Urgent, [])],
        };

        Assert.Equal([urgent], policy.TargetsFor(CaseKind.Complaint, Severity.Urgent));
        Assert.Equal(2, policy.TargetsFor(CaseKind.Complaint, Severity.Major).Count);
        Assert.Empty(policy.TargetsFor(CaseKind.Suggestion, Severity.Urgent));
        Assert.Single(policy.TargetsFor(CaseKind.Suggestion, Severity.General));
    }

    [Fact]
    public void Every_preset_is_valid_and_the_stated_targets_are_there()
    {
        Assert.All(SlaPresets.All, p => Assert.Empty(p.Validate()));
        Assert.Equal(5, SlaPresets.All.Select(p => p.Code).Distinct().Count());
        Assert.Contains(new SlaTarget(SlaStage.Resolution, 72, DurationUnit.Hours, TargetAnchor.CaseReceived), SlaPresets.Tourism.TargetsFor(CaseKind.Complaint, Severity.General));
        Assert.Contains(new SlaTarget(SlaStage.Reply, 7, DurationUnit.WorkingDays, TargetAnchor.CaseReceived), SlaPresets.Travel.TargetsFor(CaseKind.Suggestion, Severity.General));
        Assert.Contains(new SlaTarget(SlaStage.Resolution, 5, DurationUnit.WorkingDays, TargetAnchor.CaseReceived), SlaPresets.Travel.TargetsFor(CaseKind.Praise, Severity.General));
        Assert.Contains(new SlaTarget(SlaStage.Resolution, 30, DurationUnit.Minutes, TargetAnchor.CaseReceived), SlaPresets.Hotel.TargetsFor(CaseKind.Request, Severity.General));
        Assert.Contains(new SlaTarget(SlaStage.Reply, 240, DurationUnit.Hours, TargetAnchor.CaseReceived), SlaPresets.Regulator.TargetsFor(CaseKind.Complaint, Severity.Major));
    }

    [Fact]
    public void Validate_reports_duplicate_rules_and_bad_amounts()
    {
        var bad = new SlaPolicy("", "x", [
            new SlaPolicyRule(CaseKind.Complaint, null, [new SlaTarget(SlaStage.Reply, 0, DurationUnit.Hours, TargetAnchor.CaseReceived)]),
            new SlaPolicyRule(CaseKind.Complaint, null, []),
        ]);

        var fields = bad.Validate().Select(e => e.Field).ToList();

        Assert.Contains("code", fields);
        Assert.Contains("rules[0].targets[0].amount", fields);
        Assert.Contains("rules[1]", fields);
    }
}
