using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GuestLoop.Bench.Scale;

namespace GuestLoop.Bench.Soak;

/// <summary>
/// Open-loop intake: a new case every 1/rate seconds whether or not the earlier ones were answered, as guests do not wait
/// for each other. One case in twenty comes from a small set of regular complainants, so repeat complainants keep
/// appearing during the run; every request carries an Idempotency-Key. The ids of the new cases feed the agents.
/// </summary>
public sealed class IntakeLoad(HttpClient http, SoakRecorder recorder, IReadOnlyList<string> properties, int seed)
{
    private readonly Random _random = new(seed);
    private readonly string[] _regulars = Enumerable.Range(0, 200).Select(i => "137" + (20_000_000 + i * 7919).ToString(CultureInfo.InvariantCulture)).ToArray();

    /// <summary>The newest cases received, for the agents to pick from.</summary>
    public CaseQueue Received { get; } = new();

    /// <summary>How late the loop itself was in sending, at worst (the load generator shares the machine).</summary>
    public TimeSpan WorstLag { get; private set; }

    public async Task RunAsync(double rate, TimeSpan duration, CancellationToken ct)
    {
        var period = TimeSpan.FromSeconds(1 / rate);
        var start = Stopwatch.GetTimestamp();
        var inFlight = new List<Task>();
        for (long i = 0; !ct.IsCancellationRequested; i++)
        {
            var due = period * i;
            if (due >= duration)
            {
                break;
            }

            var elapsed = Stopwatch.GetElapsedTime(start);
            if (due > elapsed)
            {
                await Task.Delay(due - elapsed, ct).ContinueWith(_ => { }, TaskScheduler.Default);
            }
            else if (elapsed - due > WorstLag)
            {
                WorstLag = elapsed - due;
            }

            inFlight.Add(SendOneAsync());
            if (inFlight.Count > 1000)
            {
                inFlight.RemoveAll(t => t.IsCompleted);
            }
        }

        await Task.WhenAll(inFlight);
    }

    private async Task SendOneAsync()
    {
        string property, title, description, demands, name, phone;
        lock (_random)
        {
            property = properties[_random.Next(properties.Count)];
            (title, description, _, demands) = CaseText.For("Complaint", _random);
            name = CaseText.Name(_random);
            phone = _random.Next(20) == 0 ? _regulars[_random.Next(_regulars.Length)]
                : "139" + _random.Next(10_000_000, 100_000_000).ToString(CultureInfo.InvariantCulture);
        }

        var body = new
        {
            kind = "complaint", channel = "phone", property, title, description, demands, customer = new { name, phone },
        };
        var (status, answer) = await recorder.TimeAsync(Work.Intake, () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/cases") { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
            return http.SendAsync(request);
        });
        if (status is System.Net.HttpStatusCode.Created or System.Net.HttpStatusCode.OK && JsonNode.Parse(answer)?["id"]?.GetValue<Guid>() is { } id)
        {
            Received.Add(id);
        }
    }
}

/// <summary>The last few hundred case ids received; agents take from it, newest first.</summary>
public sealed class CaseQueue
{
    private readonly LinkedList<Guid> _ids = new();

    public void Add(Guid id)
    {
        lock (_ids)
        {
            _ids.AddFirst(id);
            if (_ids.Count > 500)
            {
                _ids.RemoveLast();
            }
        }
    }

    public Guid? Take()
    {
        lock (_ids)
        {
            if (_ids.First is not { } first)
            {
                return null;
            }

            _ids.RemoveFirst();
            return first.Value;
        }
    }
}
