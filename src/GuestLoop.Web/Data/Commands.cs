using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Data;

/// <summary>
/// Operations run instead of serving, each with the same settings as the app: <c>--migrate-only</c> (schema, built-in
/// rules, then exit), <c>--backup &lt;file&gt;</c>, <c>--restore &lt;file&gt;</c>, and the first set-up of an install
/// without demo data: <c>--create-admin</c>, <c>--create-property</c>, <c>--create-api-key</c>; and
/// <c>--revoke-api-key &lt;name-or-id&gt;</c> for a key that leaked.
/// </summary>
public static class Commands
{
    private static readonly string[] Verbs = ["--migrate-only", "--backup", "--restore", "--create-admin", "--create-property", "--create-api-key",
        "--revoke-api-key"];

    public static bool IsCommand(string[] args) => args.Any(Verbs.Contains);

    public static Task<int> RunAsync(WebApplication app, string[] args) =>
        RunAsync(app.Services, app.Configuration, args, Console.In, Console.Out, Console.Error, app.Lifetime.ApplicationStopping);

    public static async Task<int> RunAsync(IServiceProvider services, IConfiguration config, string[] args, TextReader input,
        TextWriter output, TextWriter error, CancellationToken ct)
    {
        try
        {
            if (args.Contains("--restore") || args.Contains("--backup"))
            {
                using var scope = services.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
                var restore = ValueOf(args, "--restore");
                if (restore is not null)
                {
                    await Backup.RestoreAsync(db, config, restore, ct);
                    await output.WriteLineAsync($"Restored from {Path.GetFullPath(restore)}.");
                    return 0;
                }

                var backup = ValueOf(args, "--backup")!;
                await Backup.BackupAsync(db, config, backup, ct);
                await output.WriteLineAsync($"Backed up to {Path.GetFullPath(backup)}.");
                return 0;
            }

            // Every other verb works on an up-to-date schema with the built-in calendars and policies.
            await StartupTasks.RunAsync(services, config, ct);
            using (var scope = services.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
                if (args.Contains("--migrate-only"))
                {
                    await output.WriteLineAsync($"Schema up to date ({string.Join(", ", await db.Database.GetAppliedMigrationsAsync(ct))}).");
                    return 0;
                }
            }

            return args.Contains("--create-admin") ? await SetUpCommands.CreateAdminAsync(services, args, input, output, error)
                : args.Contains("--create-property") ? await SetUpCommands.CreatePropertyAsync(services, args, output, error)
                : args.Contains("--revoke-api-key") ? await SetUpCommands.RevokeApiKeyAsync(services, args, output, error, ct)
                : await SetUpCommands.CreateApiKeyAsync(services, args, output, error, ct);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IOException)
        {
            await error.WriteLineAsync(e.Message);
            return 1;
        }
    }

    /// <summary>The value after <paramref name="name"/>, null when the option is absent.</summary>
    public static string? ValueOf(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i < 0 ? null : i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[i + 1]
            : throw new ArgumentException($"{name} needs a value.");
    }
}
