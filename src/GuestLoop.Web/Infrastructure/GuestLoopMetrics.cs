using System.Diagnostics.Metrics;

namespace GuestLoop.Web.Infrastructure;

/// <summary>
/// The periodic rounds' instruments in the "GuestLoop.Rounds" meter (System.Diagnostics.Metrics: read with
/// dotnet-counters, or exported by any OpenTelemetry collector the host adds): how long each round took, how many
/// failed, and how long each of a round's write transactions held the database, by round. Every write transaction on
/// SQLite, requests' included, is in the write gate's "GuestLoop.Database" meter.
/// </summary>
public sealed class GuestLoopMetrics
{
    public const string MeterName = "GuestLoop.Rounds";

    private readonly Histogram<double> _roundDuration;
    private readonly Counter<long> _roundFailures;
    private readonly Counter<long> _rounds;
    private readonly Histogram<double> _writeTransaction;

    public GuestLoopMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _roundDuration = meter.CreateHistogram<double>("guestloop.round.duration", "ms", "How long one periodic round took, by round");
        _rounds = meter.CreateCounter<long>("guestloop.round.runs", description: "Periodic rounds run, failed or not, by round");
        _roundFailures = meter.CreateCounter<long>("guestloop.round.failures", description: "Periodic rounds that failed, by round");
        _writeTransaction = meter.CreateHistogram<double>("guestloop.round.write_transaction.duration", "ms",
            "How long one write transaction of a round held the database, by round");
    }

    public void Round(string job, TimeSpan took, bool failed)
    {
        var tag = new KeyValuePair<string, object?>("round", job);
        _roundDuration.Record(took.TotalMilliseconds, tag);
        _rounds.Add(1, tag);
        if (failed)
        {
            _roundFailures.Add(1, tag);
        }
    }

    public void WriteTransaction(string job, TimeSpan held) =>
        _writeTransaction.Record(held.TotalMilliseconds, new KeyValuePair<string, object?>("round", job));
}
