// Fails when a package anywhere in the dependency graph carries a copyleft licence, or one this check cannot read and
// nobody has reviewed. Input: `dotnet list GuestLoop.slnx package --include-transitive --format json` on stdin, and the
// NuGet global packages folder as the first argument (every package's .nuspec is read from there).
//
// The policy:
// - AGPL, GPL and SSPL fail, always: GuestLoop is distributed and run as a network service, and each of them would
//   put the whole product under its terms (AGPL and SSPL precisely because it is offered over a network).
// - LGPL fails unless the package is in the allow-list below with a reason. It is not forbidden outright, because an
//   unmodified LGPL assembly loaded as its own DLL can meet the licence; but a published, trimmed or single-file build
//   merges assemblies and the licence then asks for relinking material and the source offer, so each one needs a
//   person to check how it is shipped. The same goes for the weak file-level copyleft of MPL, EPL and MS-RL.
// - Permissive licences (below) pass. An SPDX expression passes when it can be satisfied by them: "A OR B" needs one
//   of the two (so "MIT OR GPL-3.0" passes: we take it under MIT), "A AND B" both.
// - A package whose licence is a file or only a URL (older packages) is unknown: it fails until the allow-list names
//   it, with the licence a person read and where.
using System.Text.Json;
using System.Text.RegularExpressions;

var permissive = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
{
    "MIT", "MIT-0", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "0BSD", "ISC", "Zlib", "Unlicense", "CC0-1.0",
    "BSL-1.0", "PostgreSQL", "MS-PL", "X11", "Unicode-3.0", "Unicode-DFS-2016",
};

// id -> the licence a person read, where, and why it is acceptable. Every version of the package is covered, so an
// upgrade that changes the licence of a listed package must be reviewed here again (the nuspec says "file" or a URL).
var allowed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
{
    ["CommandLineParser"] = "MIT, in the package's License.md; used by BenchmarkDotNet only",
    ["Microsoft.DotNet.PlatformAbstractions"] = "MIT, in the package's LICENSE.TXT (.NET Foundation); used by BenchmarkDotNet only",
    ["Validation"] = "MS-PL, by its licenseUrl (github.com/AArnott/Validation LICENSE.txt); tests only, through Xunit.SkippableFact",
    ["xunit.abstractions"] = "Apache-2.0, by its licenseUrl (github.com/xunit/xunit license.txt); tests only",
};

var forbidden = new Regex(@"^(AGPL|GPL|SSPL)", RegexOptions.IgnoreCase);
var packagesFolder = args.Length > 0 ? args[0] : throw new ArgumentException("usage: LicenceCheck <global-packages-folder> < list.json");

using var graph = JsonDocument.Parse(Console.In.ReadToEnd());
var packages = new SortedDictionary<string, SortedSet<string>>(StringComparer.OrdinalIgnoreCase);
foreach (var project in graph.RootElement.GetProperty("projects").EnumerateArray())
{
    if (!project.TryGetProperty("frameworks", out var frameworks))
    {
        continue;
    }

    foreach (var framework in frameworks.EnumerateArray())
    {
        foreach (var kind in new[] { "topLevelPackages", "transitivePackages" })
        {
            if (framework.TryGetProperty(kind, out var list))
            {
                foreach (var p in list.EnumerateArray())
                {
                    var id = p.GetProperty("id").GetString()!;
                    (packages.TryGetValue(id, out var versions) ? versions : packages[id] = []).Add(p.GetProperty("resolvedVersion").GetString()!);
                }
            }
        }
    }
}

if (packages.Count == 0)
{
    Console.Error.WriteLine("licence check: the dependency graph is empty; was the solution restored?");
    return 2;
}

var failures = new List<string>();
foreach (var (id, versions) in packages)
{
    foreach (var version in versions)
    {
        var nuspec = Path.Combine(packagesFolder, id.ToLowerInvariant(), version.ToLowerInvariant(), id.ToLowerInvariant() + ".nuspec");
        var licence = File.Exists(nuspec) ? Licence(File.ReadAllText(nuspec)) : null;
        var verdict = licence switch
        {
            null => File.Exists(nuspec) ? "unknown (no licence in its .nuspec)" : $"unknown (no .nuspec at {nuspec})",
            { Expression: { } e } when Satisfied(e) => null,
            { Expression: { } e } when Forbidden(e) => $"copyleft: {e}",
            { Expression: { } e } when e.Contains("LGPL", StringComparison.OrdinalIgnoreCase) => $"LGPL, allowed only by a reviewed entry in eng/ci/LicenceCheck.cs: {e}",
            { Expression: { } e } => $"not a permissive licence: {e}",
            { Other: var other } => $"unknown ({other})",
        };
        if (verdict is null)
        {
            continue;
        }

        // A copyleft expression fails even when the package is allow-listed: the list is for unknown and LGPL packages.
        if (!verdict.StartsWith("copyleft: ", StringComparison.Ordinal) && allowed.TryGetValue(id, out var reason))
        {
            Console.WriteLine($"allowed  {id} {version}: {reason}");
            continue;
        }

        failures.Add($"{id} {version}: {verdict}");
    }
}

Console.WriteLine($"licence check: {packages.Sum(p => p.Value.Count)} package versions in the graph, {failures.Count} refused");
foreach (var failure in failures)
{
    Console.Error.WriteLine($"REFUSED  {failure}");
}

return failures.Count == 0 ? 0 : 1;

// The SPDX expression of the nuspec, from <license type="expression"> or a licenses.nuget.org URL; else what it has.
static (string? Expression, string Other)? Licence(string nuspec)
{
    var expression = Regex.Match(nuspec, @"<license\s+type=""expression""\s*>([^<]+)</license>");
    if (expression.Success)
    {
        return (expression.Groups[1].Value.Trim(), "");
    }

    var url = Regex.Match(nuspec, @"<licenseUrl>([^<]+)</licenseUrl>");
    if (url.Success && Regex.Match(url.Groups[1].Value, @"^https?://licenses\.nuget\.org/(.+)$") is { Success: true } spdx)
    {
        return (Uri.UnescapeDataString(spdx.Groups[1].Value).Trim(), "");
    }

    var file = Regex.Match(nuspec, @"<license\s+type=""file""\s*>([^<]+)</license>");
    return file.Success ? (null, $"licence file {file.Groups[1].Value}")
        : url.Success ? (null, $"licence URL {url.Groups[1].Value}")
        : null;
}

// True when any licence named in the expression is AGPL, GPL or SSPL (LGPL starts with L and is not matched).
bool Forbidden(string expression) => Identifiers(expression).Any(forbidden.IsMatch);

// "A OR B" is satisfied by either side, "A AND B" by both; "X WITH exception" by X; parentheses group.
bool Satisfied(string expression)
{
    var tokens = Regex.Matches(expression, @"\(|\)|[^\s()]+").Select(m => m.Value).ToList();
    var position = 0;
    bool Or()
    {
        var value = And();
        while (position < tokens.Count && tokens[position].Equals("OR", StringComparison.OrdinalIgnoreCase))
        {
            position++;
            value = And() | value;
        }

        return value;
    }

    bool And()
    {
        var value = Term();
        while (position < tokens.Count && tokens[position].Equals("AND", StringComparison.OrdinalIgnoreCase))
        {
            position++;
            value = Term() & value;
        }

        return value;
    }

    bool Term()
    {
        if (position >= tokens.Count)
        {
            return false;
        }

        var token = tokens[position++];
        bool value;
        if (token == "(")
        {
            value = Or();
            position++;
        }
        else
        {
            value = permissive.Contains(token.TrimEnd('+'));
        }

        if (position < tokens.Count && tokens[position].Equals("WITH", StringComparison.OrdinalIgnoreCase))
        {
            position += 2;
        }

        return value;
    }

    return Or();
}

static IEnumerable<string> Identifiers(string expression) =>
    Regex.Matches(expression, @"[^\s()]+").Select(m => m.Value).Where(t => t is not ("OR" or "AND" or "WITH" or "or" or "and" or "with"));
