namespace GuestLoop.Web.Tests.Infrastructure;

/// <summary>Copies of an app's data folder (its SQLite file and key rings), for apps that start from a seeded template.</summary>
public static class DataFolders
{
    /// <summary>Every file but SQLite's shared-memory index, which the first connection rebuilds from the log.</summary>
    public static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            if (file.EndsWith("-shm", StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
