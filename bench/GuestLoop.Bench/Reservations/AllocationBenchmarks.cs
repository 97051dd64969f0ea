using BenchmarkDotNet.Attributes;
using GuestLoop.Domain.Customers;
using GuestLoop.Domain.Reservations;

namespace GuestLoop.Bench.Reservations;

/// <summary>
/// The day's room allocation of a 500-room hotel with 450 arrivals: 12 room types, one room in 25 accessible, pairs of
/// rooms joined by a connecting door, one arrival in 30 in a wheelchair and one in 17 elderly, a third with a floor wish
/// and a fifth with a view wish, 20 families of two rooms, six groups of five rooms and one guest in 20 who wants quiet.
/// Target (issue "Reservations, check-in and room allocation"): under 1 s, every special-needs guest placed when a
/// suitable room is free.
/// </summary>
[MemoryDiagnoser]
public class AllocationBenchmarks
{
    private static readonly string[] Views = ["湖景", "城景", "山景", "园景"];
    private readonly List<AllocationRoom> _rooms = [];
    private readonly List<AllocationArrival> _arrivals = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261207);
        var types = Enumerable.Range(0, 12).Select(_ => Guid.NewGuid()).ToArray();
        for (var i = 0; i < 500; i++)
        {
            var floor = 3 + i / 25;
            // Rooms 00 and 01, 02 and 03, … of a floor are pairs of one type joined by a door.
            var (j, number) = (i % 25, $"{floor}{i % 25:00}");
            var connecting = j < 24 ? $"{floor}{(j % 2 == 0 ? j + 1 : j - 1):00}" : null;
            var type = types[(floor * 13 + j / 2) % types.Length];
            _rooms.Add(new AllocationRoom(Guid.NewGuid(), number, floor, type, j == 0, Views[i % Views.Length], i % 4 != 0, connecting));
        }

        for (var i = 0; i < 450; i++)
        {
            var needs = i % 30 == 0 ? SpecialNeeds.Mobility : i % 17 == 0 ? SpecialNeeds.Elderly : SpecialNeeds.None;
            var preferences = new GuestPreferences(null, random.Next(3) == 0 ? (random.Next(2) == 0 ? "高楼层" : "低楼层") : null,
                random.Next(5) == 0 ? Views[random.Next(Views.Length)] : null, null);
            var party = i < 40 ? $"family-{i / 2}" : i is >= 300 and < 330 ? $"group-{(i - 300) / 5}" : null;
            var type = party is not null && i % 2 == 1 && i < 40 ? _arrivals[^1].RoomTypeId : types[random.Next(types.Length)];
            _arrivals.Add(new AllocationArrival(Guid.NewGuid(), type, false, needs, preferences, (LoyaltyTier)random.Next(4), party, i % 20 == 7));
        }
    }

    [Benchmark]
    public AllocationQuality Allocate_450_arrivals_in_500_rooms()
    {
        var suggestions = RoomAllocation.Suggest(_arrivals, _rooms);
        return RoomAllocation.Measure(_arrivals, suggestions);
    }
}
