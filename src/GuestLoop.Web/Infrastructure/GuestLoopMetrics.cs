using System.Diagnostics.Metrics;

namespace GuestLoop.Web.Infrastructure;

/// <summary>
/// The app's own instruments in the "GuestLoop" meter (System.Diagnostics.Metrics: read with dotnet-counters, or
/// exported by any OpenTelemetry collector the host adds): how long each periodic round took, how many failed, and how
/// long each write transaction held the database.
/// </summary>
public sealed class GuestLoopMetrics
{
    public const string MeterName = "GuestLoop";

    private readonly Histogram<double> _roundDuration;
    private readonly Counter<long> _roundFailures;
    private readonly Histogram<double> _writeTransaction;

    public GuestLoopMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _roundDuration = meter.CreateHistogram<double>("guestloop.round.duration", "ms", "How long one periodic round took, by round");
        _roundFailures = meter.CreateCounter<long>("guestloop.round.failures", description: "Periodic rounds that failed, by round");
        _writeTransaction = meter.CreateHistogram<double>("guestloop.db.write_transaction.duration", "ms",
            "How long a write transaction held the database, by who wrote (a round's name, or intake)");
    }

    public void Round(string job, TimeSpan took, bool failed)
    {
        var tag = new KeyValuePair<string, object?>("round", job);
        _roundDuration.Record(took.TotalMilliseconds, tag);
        if (failed)
        {
            _roundFailures.Add(1, tag);
        }
    }

    public void WriteTransaction(string source, TimeSpan held) =>
        _writeTransaction.Record(held.TotalMilliseconds, new KeyValuePair<string, object?>("source", source));
}
