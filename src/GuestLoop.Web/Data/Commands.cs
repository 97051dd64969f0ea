using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Data;

/// <summary>
/// Operations run instead of serving: <c>--migrate-only</c> (schema, built-in rules, then exit), <c>--backup &lt;file&gt;</c>
/// and <c>--restore &lt;file&gt;</c>. Each uses the same settings as the app.
/// </summary>
public static class Commands
{
    public static bool IsCommand(string[] args) => args.Any(a => a is "--migrate-only" or "--backup" or "--restore");

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var ct = app.Lifetime.ApplicationStopping;
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        try
        {
            if (args.Contains("--migrate-only"))
            {
                await StartupTasks.RunAsync(app.Services, app.Configuration, ct);
                Console.WriteLine($"Schema up to date ({string.Join(", ", await db.Database.GetAppliedMigrationsAsync(ct))}).");
                return 0;
            }

            var backup = ValueOf(args, "--backup");
            if (backup is not null)
            {
                await Backup.BackupAsync(db, app.Configuration, backup, ct);
                Console.WriteLine($"Backed up to {Path.GetFullPath(backup)}.");
                return 0;
            }

            var restore = ValueOf(args, "--restore") ?? throw new ArgumentException("--restore needs a file.");
            await Backup.RestoreAsync(db, app.Configuration, restore, ct);
            Console.WriteLine($"Restored from {Path.GetFullPath(restore)}.");
            return 0;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IOException)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }

    private static string? ValueOf(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i < 0 ? null : i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{name} needs a file.");
    }
}
