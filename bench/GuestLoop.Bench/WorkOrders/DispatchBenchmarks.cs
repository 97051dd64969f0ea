using BenchmarkDotNet.Attributes;
using GuestLoop.Domain.WorkOrders;

namespace GuestLoop.Bench.WorkOrders;

/// <summary>
/// Choosing the assignee of one new work order among 200 rostered staff with 2,000 open orders, the loads counted
/// from the open orders each time (as a database would group them). Target (issue "work orders"): under 5 ms.
/// </summary>
[MemoryDiagnoser]
public class DispatchBenchmarks
{
    private static readonly string[] Skills = ["housekeeping", "electrical", "plumbing", "air-conditioning", "luggage", "room-service", "security", "scenic-help"];

    private readonly DateTimeOffset _now = new(2026, 12, 7, 14, 0, 0, TimeSpan.FromHours(8));
    private readonly List<(Guid Id, HashSet<string> Skills, Shift[] Shifts, bool Available, DateTimeOffset? Last)> _staff = [];
    private readonly List<Guid?> _openOrderAssignees = [];
    private RequestType _towels = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261207);
        _towels = new RequestType("towels", "加送毛巾", Guid.NewGuid(), "housekeeping", 10, 20, needsVerification: false);
        for (var i = 0; i < 200; i++)
        {
            var start = _now.Date.AddHours(random.Next(0, 3) * 8 - 8);
            var skills = Enumerable.Range(0, 2).Select(_ => Skills[random.Next(Skills.Length)]).ToHashSet();
            _staff.Add((Guid.NewGuid(), skills, [new Shift(start, start.AddHours(8)), new Shift(start.AddDays(1), start.AddDays(1).AddHours(8))],
                random.NextDouble() > 0.1, random.Next(0, 5) == 0 ? null : _now.AddMinutes(-random.Next(1, 600))));
        }

        for (var i = 0; i < 2000; i++)
        {
            _openOrderAssignees.Add(random.Next(0, 10) == 0 ? null : _staff[random.Next(_staff.Count)].Id);
        }
    }

    [Benchmark]
    public Guid? Choose_among_200_staff_with_2000_open_orders()
    {
        var loads = new Dictionary<Guid, int>(_staff.Count);
        foreach (var assignee in _openOrderAssignees)
        {
            if (assignee is { } id)
            {
                loads[id] = loads.GetValueOrDefault(id) + 1;
            }
        }

        return Dispatch.Choose(_towels, _staff.Select(s => new DispatchCandidate(s.Id, s.Skills, s.Shifts, s.Available, loads.GetValueOrDefault(s.Id), s.Last)), _now);
    }
}
