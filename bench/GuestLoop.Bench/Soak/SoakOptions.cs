using System.Globalization;
using GuestLoop.Bench.Scale;

namespace GuestLoop.Bench.Soak;

/// <summary>
/// The command line of <c>soak</c>: <c>--provider sqlite|postgres [--connection "…"] --app path/GuestLoop.Web.dll [--minutes 30]
/// [--cases 100000] [--intake-rate 100] [--agents 20] [--max-p99 500] [--warm-up 30] [--data-path dir] [--reuse] [--no-catch-up]
/// [--catch-up-minutes 30]</c>.
/// </summary>
/// <param name="Reuse">Run on the database as it is instead of generating one (a SQLite data folder is otherwise emptied first).</param>
/// <param name="CatchUp">
/// Before the measured run, start the app once with no load until every round has finished a pass over the generated
/// backlog (a third of the cases overdue and never notified, alerts never raised, no triage model), then restart it:
/// the run measures an instance on a database that has been in service, and the catch-up is reported on its own.
/// </param>
/// <param name="OverdueShare">The share of the generated cases that is open and overdue (the "a third of them").</param>
public sealed record SoakOptions(string Provider, string? Connection, string App, string DataPath, int Minutes, int Cases, double IntakeRate,
    int Agents, double MaxP99, int WarmUpSeconds, bool Reuse, int Seed, double OverdueShare, int RepeatComplainants, bool CatchUp = true,
    int CatchUpMinutes = 30)
{
    public static SoakOptions Parse(string[] args)
    {
        string? Get(string name) => Array.IndexOf(args, "--" + name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        double Number(string name, double fallback) => Get(name) is { } v ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var cases = (int)Number("cases", 100_000);
        return new SoakOptions(
            Get("provider") ?? "sqlite",
            Get("connection"),
            Get("app") ?? throw new ArgumentException("--app (the path of GuestLoop.Web.dll) is required."),
            Path.GetFullPath(Get("data-path") ?? Path.Combine(Path.GetTempPath(), "guestloop-soak")),
            (int)Number("minutes", 30),
            cases,
            Number("intake-rate", 100),
            (int)Number("agents", 20),
            Number("max-p99", 500),
            (int)Number("warm-up", 30),
            args.Contains("--reuse"),
            (int)Number("seed", 20261206),
            Number("overdue-share", 1.0 / 3),
            (int)Number("repeat-complainants", cases / 200),
            !args.Contains("--no-catch-up"),
            (int)Number("catch-up-minutes", 30));
    }

    /// <summary>What the generator is asked for: the same database and data folder (the key ring of personal data) as the app.</summary>
    public Options Generation => new(Provider, Connection, DataPath, Cases, 50, Seed, App, 0, 0, 0, OverdueShare, RepeatComplainants);
}
