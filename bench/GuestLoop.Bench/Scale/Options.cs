using System.Globalization;

namespace GuestLoop.Bench.Scale;

/// <summary>The command line of the generate and load commands: <c>--name value</c> pairs.</summary>
/// <param name="OverdueShare">When set, this share of all cases is open with its deadlines passed, and every other open case was
/// received in the last 20 hours (its deadlines still ahead); unset, the generator's natural mix (nearly every open case overdue).</param>
/// <param name="From">A data folder (SQLite) whose copy the intake command starts on instead of a new database.</param>
/// <param name="RepeatComplainants">Guests with a profile who each complained three to five times at one property in the last 80 days.</param>
public sealed record Options(string Provider, string? Connection, string DataPath, int Cases, int Properties, int Seed,
    string? App, int Seconds, int Concurrency, int Samples, double? OverdueShare = null, int RepeatComplainants = 0,
    string? From = null)
{
    public static Options Parse(string[] args)
    {
        string? Get(string name) => Array.IndexOf(args, "--" + name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        return new Options(
            Get("provider") ?? "postgres",
            Get("connection"),
            Get("data-path") ?? Path.Combine(Path.GetTempPath(), "guestloop-bench"),
            int.Parse(Get("cases") ?? "1000000"),
            int.Parse(Get("properties") ?? "50"),
            int.Parse(Get("seed") ?? "20261123"),
            Get("app"),
            int.Parse(Get("seconds") ?? "20"),
            int.Parse(Get("concurrency") ?? "8"),
            int.Parse(Get("samples") ?? "300"),
            Get("overdue-share") is { } overdue ? double.Parse(overdue, CultureInfo.InvariantCulture) : null,
            int.Parse(Get("repeat-complainants") ?? "0"),
            Get("from"));
    }
}
