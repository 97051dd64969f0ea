using System.Diagnostics;
using GuestLoop.Domain.Search;
using GuestLoop.Domain.Sla;
using GuestLoop.Web.Features.Cases;

namespace GuestLoop.Bench.Scale;

/// <summary>A guest with a profile who complained <see cref="Complaints"/> times at one property in the last 80 days.</summary>
public sealed record RepeatComplainant(Guid GuestId, int PropertyIndex, string Name, string Phone, int Complaints);

/// <summary>
/// Makes realistic cases — every kind, stage, channel and severity, spread over the last three years across the bench
/// properties — as rows of the app's own tables, with their history, replies, deadlines, some surveys and the search
/// documents, and hands them to a provider's bulk writer a chunk at a time.
/// </summary>
public sealed class CaseGenerator(IReadOnlyList<(Guid Id, string Code)> properties, IReadOnlyList<(Guid Id, string Name)> staff,
    IReadOnlyList<Guid> departments, DateTimeOffset until, int seed = 20261123)
{
    public const int ChunkSize = 20_000;

    /// <summary>When set, this share of the cases is open with both deadlines passed; every other open case is from the last 20 hours.</summary>
    public double? OverdueShare { get; init; }

    /// <summary>Their complaints are the first cases generated.</summary>
    public IReadOnlyList<RepeatComplainant> Repeats { get; init; } = [];

    /// <summary>The instant the overdue and recent cases are placed from (the natural mix ends a day before it, at <c>until</c>).</summary>
    public DateTimeOffset Now { get; init; } = until.AddDays(1);

    private static readonly string[] Kinds = ["Complaint", "Complaint", "Complaint", "Complaint", "Suggestion", "Praise", "Request", "Inquiry"];
    private static readonly string[] Channels = ["Onsite", "Phone", "Web", "Social", "Email", "Platform", "Guide", "Survey"];
    private static readonly string[] OpenStatuses = ["Received", "Triaged", "Investigating", "PlanProposed", "PlanApproved", "Executing", "Replied", "FollowUp"];
    private readonly Random _random = new(seed);
    private readonly Dictionary<(string, DateOnly), int> _numbers = [];

    public async Task<TimeSpan> GenerateAsync(int count, IBulkWriter writer, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var chunk = BenchTable.All.ToDictionary(t => t, _ => new List<object?[]>());
        var repeats = Repeats.SelectMany(g => Enumerable.Repeat(g, g.Complaints)).ToList();
        for (var i = 0; i < count; i++)
        {
            AddCase(chunk, i < repeats.Count ? repeats[i] : null);
            if ((i + 1) % ChunkSize == 0 || i + 1 == count)
            {
                foreach (var table in BenchTable.All)
                {
                    await writer.WriteAsync(table, chunk[table], ct);
                    chunk[table].Clear();
                }

                Console.WriteLine($"  {i + 1:N0} cases, {watch.Elapsed.TotalSeconds:F0} s, {(i + 1) / watch.Elapsed.TotalSeconds:N0} cases/s");
            }
        }

        return watch.Elapsed;
    }

    /// <summary>The counters the app numbers new cases from, one per property and local day used.</summary>
    public IEnumerable<(string Name, long Value)> Counters() =>
        _numbers.Select(n => ($"case:{n.Key.Item1}:{n.Key.Item2:yyyyMMdd}", (long)n.Value));

    private void AddCase(Dictionary<BenchTable, List<object?[]>> rows, RepeatComplainant? repeat)
    {
        var r = _random;
        var id = Guid.NewGuid();
        var (propertyId, code) = properties[repeat?.PropertyIndex ?? r.Next(properties.Count)];
        var received = repeat is null ? until.AddMinutes(-r.Next(1, 3 * 365 * 24 * 60)) : Now.AddMinutes(-r.Next(60, 80 * 24 * 60));
        var kind = repeat is null ? Kinds[r.Next(Kinds.Length)] : "Complaint";
        var age = until - received;
        var status = age.TotalDays > 30 ? (r.Next(100) < 97 ? "Closed" : OpenStatuses[r.Next(OpenStatuses.Length)])
            : r.Next(100) < 40 ? "Closed" : OpenStatuses[r.Next(OpenStatuses.Length)];
        if (OverdueShare is { } share)
        {
            if (r.NextDouble() < share)
            {
                // Open, and four days or more old: both the 24-hour response and the 72-hour resolution deadline have passed.
                status = OpenStatuses[r.Next(OpenStatuses.Length)];
                received = received < Now.AddDays(-4) ? received : Now.AddDays(-4).AddMinutes(-r.Next(0, 30 * 24 * 60));
            }
            else if (status != "Closed")
            {
                received = Now.AddMinutes(-r.Next(10, 20 * 60));
            }
        }

        var local = DateOnly.FromDateTime(received.ToOffset(TimeSpan.FromHours(8)).DateTime);
        var seq = _numbers[(code, local)] = _numbers.GetValueOrDefault((code, local)) + 1;
        var number = $"{code}-{local:yyMMdd}-{seq:000}";
        var step = status == "Closed" ? OpenStatuses.Length : Array.IndexOf(OpenStatuses, status);
        var (title, description, category, demands) = CaseText.For(kind, r);
        var severity = r.Next(100) switch { < 80 => "General", < 97 => "Major", _ => "Urgent" };
        var guest = repeat?.Name ?? CaseText.Name(r);
        var (assigneeId, assigneeName) = staff[r.Next(staff.Count)];
        var triaged = step >= 1;
        var replied = step >= 6;
        // A recent case's reply and closing are not in the future.
        var latest = Now.AddMinutes(-1);
        var repliedAt = Earliest(received.AddHours(r.Next(2, 70)), latest);
        var closedAt = Earliest(repliedAt.AddHours(r.Next(1, 48)), latest);
        var updated = status == "Closed" ? closedAt : replied ? repliedAt : received.AddMinutes(step * 30);
        var reply = replied ? CaseText.Reply(r) : null;
        var place = $"{r.Next(1, 30)}号楼";

        // The case's next due instant and when it comes at risk, as the app keeps them beside the deadline rows below.
        var (responseDue, resolutionDue) = (received.AddHours(24), received.AddHours(72));
        var nextDue = status == "Closed" ? CaseUrgency.None : triaged ? resolutionDue : responseDue;
        var nextRisk = status == "Closed" ? CaseUrgency.None : TimeLeftStates.RiskFrom(received, nextDue);
        rows[BenchTable.Cases].Add(
        [
            id, number, propertyId, kind, Channels[r.Next(Channels.Length)], status, triaged ? category : "Unclassified", severity,
            null, false, title, description, demands.Length == 0 ? null : demands, place, received.AddHours(-r.Next(0, 5)), received,
            guest, repeat?.Phone ?? $"139{r.Next(10_000_000, 99_999_999)}", triaged ? departments[r.Next(departments.Count)] : null,
            triaged ? assigneeId : null, step >= 2 ? "经调查情况属实" : null, step >= 3 ? "维修并致歉" : null,
            status == "Closed" ? "phone" : null, status == "Closed" ? r.Next(3, 6) : null, status == "Closed" ? "办结" : null, 0,
            status == "Closed" ? closedAt : null, updated, received, Guid.NewGuid().ToString("N"), repeat?.GuestId, nextDue, nextRisk,
        ]);

        var sequence = 0;
        void Event(DateTimeOffset at, string action, string? detail, bool isPublic) =>
            rows[BenchTable.Events].Add([Guid.NewGuid(), ++sequence, at, assigneeId, assigneeName, action, detail, isPublic, id]);
        Event(received, "Receive", null, true);
        if (triaged)
        {
            Event(received.AddMinutes(20), "Triage", null, false);
        }

        if (replied)
        {
            Event(repliedAt, "Reply", reply, true);
            rows[BenchTable.Replies].Add([Guid.NewGuid(), repliedAt, assigneeId, assigneeName, reply, false, id]);
        }

        if (status == "Closed")
        {
            Event(closedAt, "Close", "办结", true);
            if (r.Next(100) < 20)
            {
                var csat = r.Next(1, 6);
                rows[BenchTable.Surveys].Add([Guid.NewGuid(), id, 1, Guid.NewGuid().ToString("N"), repliedAt, repliedAt.AddDays(14), "4320,10080", 0,
                    repliedAt.AddDays(1), csat, r.Next(0, 11), csat >= 4 ? "满意" : "不太满意"]);
            }
        }

        rows[BenchTable.Deadlines].Add([Guid.NewGuid(), id, propertyId, "Response", 24, "Hours", received, responseDue, triaged ? received.AddMinutes(20) : null,
            received, TimeLeftStates.RiskFrom(received, responseDue)]);
        rows[BenchTable.Deadlines].Add([Guid.NewGuid(), id, propertyId, "Resolution", 72, "Hours", received, resolutionDue,
            status == "Closed" ? closedAt : null, received, TimeLeftStates.RiskFrom(received, resolutionDue)]);
        rows[BenchTable.Search].Add([id, SearchTerms.Document(title, number), SearchTerms.Document(description, demands, place, guest, reply)]);
    }

    private static DateTimeOffset Earliest(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
