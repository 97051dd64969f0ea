using BenchmarkDotNet.Attributes;
using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Sla;

namespace GuestLoop.Bench.Sla;

/// <summary>
/// Deadline arithmetic on the cn calendar over instants spread across 2020–2026, so holiday periods and
/// adjusted days are hit. Target (docs/PERFORMANCE.md): at least 1,000,000 working-day additions a second.
/// </summary>
[MemoryDiagnoser]
public class WorkingCalendarBenchmarks
{
    private const int Count = 1024;
    private readonly WorkingCalendar _cn = new(BuiltInCalendars.Get(BuiltInCalendars.China));
    private readonly WorkingCalendar _paris = new(BuiltInCalendars.Get("eu-paris"));
    private readonly DateTimeOffset[] _starts = new DateTimeOffset[Count];
    private readonly IReadOnlyList<SlaTarget> _targets = SlaPresets.Scenic.TargetsFor(CaseKind.Complaint, Severity.General);
    private readonly PauseInterval[] _pauses = new PauseInterval[1];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20260101);
        var from = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < Count; i++)
        {
            _starts[i] = from.AddMinutes(random.Next(0, 7 * 365 * 24 * 60));
        }
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public DateTimeOffset AddWorkingDays_cn()
    {
        var last = default(DateTimeOffset);
        foreach (var start in _starts)
        {
            last = _cn.AddWorkingDays(start, 3);
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public DateTimeOffset AddWorkingDays_paris()
    {
        var last = default(DateTimeOffset);
        foreach (var start in _starts)
        {
            last = _paris.AddWorkingDays(start, 3);
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public DateTimeOffset AddWorkingHours_cn()
    {
        var last = default(DateTimeOffset);
        foreach (var start in _starts)
        {
            last = _cn.AddWorkingHours(start, TimeSpan.FromHours(20));
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public TimeSpan WorkingTimeBetween_cn_one_week()
    {
        var total = TimeSpan.Zero;
        foreach (var start in _starts)
        {
            total += _cn.WorkingTimeBetween(start, start.AddDays(7));
        }

        return total;
    }

    /// <summary>All four stage deadlines of a scenic-manual complaint, with one closed pause.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public DateTimeOffset? Case_deadlines_with_pause()
    {
        DateTimeOffset? last = null;
        foreach (var start in _starts)
        {
            _pauses[0] = new PauseInterval(start.AddHours(2), start.AddHours(30));
            foreach (var target in _targets)
            {
                last = DeadlineCalculator.Due(_cn, target, start, _pauses);
            }
        }

        return last;
    }
}
