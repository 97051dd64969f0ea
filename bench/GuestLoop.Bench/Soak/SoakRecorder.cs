using System.Diagnostics;
using System.Net;

namespace GuestLoop.Bench.Soak;

/// <summary>What a soak request was for; intake is the figure the targets are about.</summary>
public enum Work
{
    Intake,
    Inbox,
    CasePage,
    Step,
    Search,
    Survey,
}

/// <summary>How a request ended: answered as hoped, refused as a race between agents may be, or failed.</summary>
public enum Outcome
{
    Ok,
    Conflict,
    Unexpected4xx,
    Failed,
}

public sealed record Sample(Work Work, TimeSpan At, double Milliseconds, Outcome Outcome, string? Detail);

/// <summary>Every timed request of the run, by the instant it started (negative during the warm-up).</summary>
public sealed class SoakRecorder
{
    private readonly List<Sample> _samples = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _measureFrom = TimeSpan.MaxValue;

    public TimeSpan Now => _clock.Elapsed;

    /// <summary>From here on samples count; before, they are the warm-up.</summary>
    public void StartMeasuring() => _measureFrom = _clock.Elapsed;

    public IReadOnlyList<Sample> Measured
    {
        get
        {
            lock (_samples)
            {
                return _samples.Where(s => s.At >= TimeSpan.Zero).ToList();
            }
        }
    }

    /// <summary>Sends, reads the whole answer and records it; a 409 or 400 from a step raced by another agent is a conflict, not a failure.</summary>
    public async Task<(HttpStatusCode? Status, string Body)> TimeAsync(Work work, Func<Task<HttpResponseMessage>> send, bool conflictsExpected = false)
    {
        var started = _clock.Elapsed;
        var ticks = Stopwatch.GetTimestamp();
        try
        {
            using var response = await send();
            var body = await response.Content.ReadAsStringAsync();
            var code = (int)response.StatusCode;
            var outcome = code switch
            {
                < 400 => Outcome.Ok,
                409 or 400 when conflictsExpected => Outcome.Conflict,
                < 500 => Outcome.Unexpected4xx,
                _ => Outcome.Failed,
            };
            Add(work, started, ticks, outcome, outcome is Outcome.Ok or Outcome.Conflict ? null : $"{code} {Trim(body)}");
            return (response.StatusCode, body);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            Add(work, started, ticks, Outcome.Failed, e.GetType().Name + ": " + e.Message);
            return (null, "");
        }
    }

    private void Add(Work work, TimeSpan started, long ticks, Outcome outcome, string? detail)
    {
        var sample = new Sample(work, started - _measureFrom, Stopwatch.GetElapsedTime(ticks).TotalMilliseconds, outcome, detail);
        lock (_samples)
        {
            _samples.Add(sample);
        }
    }

    private static string Trim(string body) => body.Length <= 300 ? body : body[..300];
}
