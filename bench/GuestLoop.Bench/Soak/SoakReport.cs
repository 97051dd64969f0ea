using System.Globalization;
using System.Text.Json.Nodes;

namespace GuestLoop.Bench.Soak;

/// <summary>The figures of a soak run: a line per minute, the totals, the working set and what the app says of its rounds.</summary>
public sealed class SoakReport(SoakOptions options, IReadOnlyList<Sample> samples, IReadOnlyList<MemorySample> workingSet,
    TimeSpan measuredFrom)
{
    public int Failed => samples.Count(s => s.Outcome == Outcome.Failed);
    public int ServerErrors => samples.Count(s => s.Outcome == Outcome.Failed && s.Detail is { } d && d.StartsWith('5'));
    public int Unexpected4xx => samples.Count(s => s.Outcome == Outcome.Unexpected4xx);

    public IReadOnlyList<Minute> Minutes { get; } = Enumerable.Range(0, options.Minutes)
        .Select(m => new Minute(m + 1, samples.Where(s => (int)(s.At.TotalMinutes) == m).ToList())).ToList();

    public Minute Worst => Minutes.MaxBy(m => m.IntakeP(99))!;

    /// <summary>
    /// Mean of the app's own memory (<see cref="MemorySample.PrivateMegabytes"/>) over the first and the last window after
    /// the warm-up (10 minutes, or a third of a shorter run): what grows with a leak. The working set is reported beside it.
    /// </summary>
    public (double First, double Last, TimeSpan Window) WorkingSetDrift => Drift(w => w.PrivateMegabytes);

    /// <summary>The same for the working set, file mappings included.</summary>
    public (double First, double Last, TimeSpan Window) ResidentDrift => Drift(w => w.WorkingSetMegabytes);

    private (double First, double Last, TimeSpan Window) Drift(Func<MemorySample, double> of)
    {
        var window = TimeSpan.FromMinutes(Math.Min(10, options.Minutes / 3.0));
        var end = measuredFrom + TimeSpan.FromMinutes(options.Minutes);
        double Mean(TimeSpan from, TimeSpan to) =>
            workingSet.Where(w => w.At >= from && w.At < to).Select(of).DefaultIfEmpty(double.NaN).Average();
        return (Mean(measuredFrom, measuredFrom + window), Mean(end - window, end + TimeSpan.FromSeconds(10)), window);
    }

    public void Print(TextWriter o, JsonNode? rounds, JsonNode? writes)
    {
        o.WriteLine();
        o.WriteLine("| minute | intake | intake p50 | intake p99 | intake max | reads | reads p99 | steps | surveys | failed | 4xx | own memory | working set | threads |");
        o.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var m in Minutes)
        {
            var inMinute = workingSet.Where(w => w.At >= measuredFrom + TimeSpan.FromMinutes(m.Number - 1) && w.At < measuredFrom + TimeSpan.FromMinutes(m.Number)).ToList();
            var (own, ws, threads) = (inMinute.Select(w => w.PrivateMegabytes).DefaultIfEmpty(double.NaN).Max(),
                inMinute.Select(w => w.WorkingSetMegabytes).DefaultIfEmpty(double.NaN).Max(), inMinute.Select(w => w.Threads).DefaultIfEmpty().Max());
            o.WriteLine(Invariant($"| {m.Number} | {m.Intake.Count} | {m.IntakeP(50):F0} ms | {m.IntakeP(99):F0} ms | {m.IntakeP(100):F0} ms | {m.Reads.Count} | {m.ReadsP(99):F0} ms | {m.Of(Work.Step)} | {m.Of(Work.Survey)} | {m.Failed} | {m.Unexpected4xx} | {own:F0} MB | {ws:F0} MB | {threads} |"));
        }

        var (first, last, window) = WorkingSetDrift;
        var intake = samples.Where(s => s.Work == Work.Intake).ToList();
        o.WriteLine();
        o.WriteLine(Invariant($"Requests: {samples.Count:N0} ({intake.Count:N0} intakes, {intake.Count / (options.Minutes * 60.0):F1}/s); failed (5xx, timeouts, refused): {Failed}; of them 5xx: {ServerErrors}; unexpected 4xx: {Unexpected4xx}; step conflicts between agents: {samples.Count(s => s.Outcome == Outcome.Conflict)}."));
        o.WriteLine(Invariant($"Worst minute for intake p99: minute {Worst.Number}, p99 {Worst.IntakeP(99):F0} ms (p50 {Worst.IntakeP(50):F0} ms, max {Worst.IntakeP(100):F0} ms)."));
        var (residentFirst, residentLast, _) = ResidentDrift;
        o.WriteLine(Invariant($"Own memory (RssAnon), mean of the first {window.TotalMinutes:F0} minutes after warm-up {first:F0} MB, of the last {window.TotalMinutes:F0} minutes {last:F0} MB ({(last - first) / first:+0.0%;-0.0%}); peak {workingSet.Select(w => w.PrivateMegabytes).DefaultIfEmpty().Max():F0} MB."));
        o.WriteLine(Invariant($"Working set (file mappings included), first {residentFirst:F0} MB, last {residentLast:F0} MB ({(residentLast - residentFirst) / residentFirst:+0.0%;-0.0%}); peak {workingSet.Select(w => w.WorkingSetMegabytes).DefaultIfEmpty().Max():F0} MB."));
        foreach (var failure in samples.Where(s => s.Outcome is Outcome.Failed or Outcome.Unexpected4xx).GroupBy(s => (s.Work, Head(s.Detail))).OrderByDescending(g => g.Count()).Take(10))
        {
            o.WriteLine($"  {failure.Count()} × {failure.Key.Work}: {failure.Key.Item2}");
        }

        o.WriteLine();
        o.WriteLine("Rounds (GET /api/v1/health/rounds at the end):");
        o.WriteLine();
        o.WriteLine("| round | rounds / failed | last | longest | longest write transaction | items last round | item failures |");
        o.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rounds?.AsArray() ?? [])
        {
            o.WriteLine($"| {r!["job"]} | {r["rounds"]} / {r["failedRounds"]} | {Duration(r["lastDuration"])} | {Duration(r["longestDuration"])} | {Milliseconds(r["longestWriteTransactionMs"])} | {r["lastItems"]} | {r["itemFailures"]} |");
        }

        o.WriteLine();
        var gate = writes?["transactions"];
        o.WriteLine(gate is null ? "Longest write transaction of the instance: no SQLite write gate on this provider or build (GET /api/v1/health/writes)."
            : $"Longest write transaction of the instance (SQLite write gate, GET /api/v1/health/writes): {Duration(gate["longestHeld"])} by {gate["longestHeldBy"]}; "
              + $"longest wait for a turn {Duration(gate["longestWait"])}; {gate["transactions"]} write transactions.");
        if (writes?["intake"] is { } writer)
        {
            o.WriteLine($"Intake writer: {writer["saved"]} cases in {writer["batches"]} batches, the largest {writer["largestBatch"]}, the longest {Duration(writer["longestBatch"])}.");
        }

        if (writes?["checkpoints"] is { } checkpoints)
        {
            o.WriteLine($"Checkpoints of the write-ahead log (off the write path): {checkpoints["passes"]} passes, the longest {Duration(checkpoints["longestPass"])}, the log at most {checkpoints["longestLogPages"]} pages; {checkpoints["restarts"]} restarts of the log, {checkpoints["restartsGivenUp"]} given up for a reader.");
        }

        // The issue's targets for the full soak; the CI form checks only failed requests and its own p99 bound.
        var longestWrite = LongestWrite(rounds, writes);
        var (inWindow, inWindowBy) = LongestInWindow(writes);
        o.WriteLine();
        o.WriteLine(Invariant($"Longest write transaction since the start: {longestWrite:F0} ms; in the measured minutes: {inWindow:F0} ms ({inWindowBy}), from the instance's minute-by-minute record."));
        o.WriteLine("Targets of the full soak:");
        o.WriteLine(Invariant($"- 0 failed requests: {Failed} — {Verdict(Failed == 0)}"));
        o.WriteLine(Invariant($"- intake p99 < 100 ms in every minute: worst minute {Worst.Number}, {Worst.IntakeP(99):F0} ms — {Verdict(Worst.IntakeP(99) < 100)}"));
        o.WriteLine(Invariant($"- no write transaction longer than 250 ms in the measured minutes: {inWindow:F0} ms — {Verdict(inWindow <= 250)}"));
        o.WriteLine(Invariant($"- own memory of the last {window.TotalMinutes:F0} minutes within 10 % of the first: {(last - first) / first:+0.0%;-0.0%} — {Verdict(Math.Abs(last - first) <= 0.1 * first)}"));
    }

    /// <summary>
    /// Where the app's memory was at the end of each minute (GET /api/v1/health/memory): the managed heap after the last
    /// collection, what the collector had committed, SQLite's own allocations — to tell a managed leak from a cache filling up.
    /// </summary>
    public static void PrintMemory(TextWriter o, IReadOnlyList<(int Minute, JsonNode? Parts)> memory)
    {
        o.WriteLine();
        o.WriteLine("| minute | managed heap | committed by the GC | fragmented | gen 2 collections | SQLite | SQLite high-water |");
        o.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (minute, parts) in memory)
        {
            string Mb(string name) => parts?[name] is { } v ? Invariant($"{v.GetValue<double>():F0} MB") : "—";
            o.WriteLine($"| {minute} | {Mb("heapMegabytes")} | {Mb("committedMegabytes")} | {Mb("fragmentedMegabytes")} | {parts?["gen2Collections"]} | {Mb("sqliteMegabytes")} | {Mb("sqliteHighwaterMegabytes")} |");
        }
    }

    /// <summary>
    /// The longest write transaction in the measured minutes, from the instance's record of each minute: every writer's on
    /// SQLite (the write gate), the intake writer's batches on PostgreSQL (its rounds keep only a figure since the start).
    /// </summary>
    private (double Ms, string? By) LongestInWindow(JsonNode? writes)
    {
        var minutes = writes?["transactions"]?["longestHeldByMinute"]?.AsArray() ?? writes?["intake"]?["longestBatchByMinute"]?.AsArray() ?? [];
        var from = new DateTimeOffset(MeasuredFromUtc.UtcTicks - (MeasuredFromUtc.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
        var longest = minutes.Select(m => (At: m!["minute"]!.GetValue<DateTimeOffset>(), Ms: Ms(m["longest"]!), By: m["by"]?.GetValue<string>()))
            .Where(m => m.At >= from).OrderByDescending(m => m.Ms).FirstOrDefault();
        return (longest.Ms, longest.By);
    }

    /// <summary>When the measured minutes began (wall clock), to read the instance's minute-by-minute records from.</summary>
    public DateTimeOffset MeasuredFromUtc { get; init; } = DateTimeOffset.MinValue;

    /// <summary>
    /// The longest write transaction the app measured since its start: the SQLite write gate's (every writer), else the longest of the
    /// rounds' own and of the intake writer's batches (PostgreSQL has no gate).
    /// </summary>
    private static double LongestWrite(JsonNode? rounds, JsonNode? writes) =>
        writes?["transactions"]?["longestHeld"] is { } held ? Ms(held)
            : new[] { (rounds?.AsArray() ?? []).Select(r => r?["longestWriteTransactionMs"]?.GetValue<double>() ?? 0).DefaultIfEmpty().Max(),
                writes?["intake"]?["longestBatch"] is { } batch ? Ms(batch) : 0 }.Max();

    private static double Ms(JsonNode value) =>
        TimeSpan.TryParse(value.GetValue<string>(), CultureInfo.InvariantCulture, out var d) ? d.TotalMilliseconds : double.NaN;

    private static string Verdict(bool met) => met ? "met" : "missed";

    private static string Head(string? detail) => detail is null ? "" : detail.Length <= 160 ? detail : detail[..160];

    internal static string Duration(JsonNode? value) =>
        value is null ? "—" : TimeSpan.TryParse(value.GetValue<string>(), CultureInfo.InvariantCulture, out var d) ? Invariant($"{d.TotalMilliseconds:F0} ms") : value.ToString();

    private static string Milliseconds(JsonNode? value) => value is null ? "—" : Invariant($"{value.GetValue<double>():F0} ms");

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

/// <summary>One minute of the measured run.</summary>
public sealed class Minute(int number, IReadOnlyList<Sample> samples)
{
    public int Number => number;
    public IReadOnlyList<Sample> Intake { get; } = samples.Where(s => s.Work == Work.Intake).ToList();
    public IReadOnlyList<Sample> Reads { get; } = samples.Where(s => s.Work is Work.Inbox or Work.CasePage or Work.Search).ToList();
    public int Failed => samples.Count(s => s.Outcome == Outcome.Failed);
    public int Unexpected4xx => samples.Count(s => s.Outcome == Outcome.Unexpected4xx);

    public int Of(Work work) => samples.Count(s => s.Work == work);

    public double IntakeP(int percentile) => P(Intake, percentile);

    public double ReadsP(int percentile) => P(Reads, percentile);

    /// <summary>Nearest rank; 100 is the maximum.</summary>
    private static double P(IReadOnlyList<Sample> of, int percentile)
    {
        var sorted = of.Select(s => s.Milliseconds).Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
