using System.Reflection;

namespace GuestLoop.Web.Data;

/// <summary>
/// A provider's migrations assembly. It names this assembly's contexts, so this project cannot reference it: its build
/// copies it beside the app and into a publish; the tests and the bench reference it, so their deps file lists it.
/// </summary>
internal static class MigrationsAssemblies
{
    public static Assembly Load(string provider)
    {
        var name = new AssemblyName($"GuestLoop.Migrations.{provider}");
        var fileName = name.Name + ".dll";
        if (IsListedInDepsFile(fileName))
        {
            return Assembly.Load(name);
        }

        var beside = Path.Combine(AppContext.BaseDirectory, fileName);
        return File.Exists(beside)
            ? Assembly.LoadFrom(beside)
            : throw new InvalidOperationException($"{beside} is missing: building src/GuestLoop.Web builds its migrations beside it.");
    }

    private static bool IsListedInDepsFile(string fileName) =>
        (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "").Split(Path.PathSeparator)
            .Any(path => string.Equals(Path.GetFileName(path), fileName, StringComparison.OrdinalIgnoreCase));
}
