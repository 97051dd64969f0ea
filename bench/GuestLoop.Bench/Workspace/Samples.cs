using System.Globalization;

namespace GuestLoop.Bench.Workspace;

/// <summary>The times of one measurement, in milliseconds, and their nearest-rank percentiles.</summary>
public sealed class Samples(string name)
{
    private readonly List<double> _ms = [];

    public string Name => name;

    public void Add(double ms) => _ms.Add(ms);

    public double P(int percentile)
    {
        var sorted = _ms.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];
    }

    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {_ms.Count} | {P(50):F0} ms | {P(95):F0} ms | {(_ms.Count == 0 ? double.NaN : _ms.Max()):F0} ms |");
}
