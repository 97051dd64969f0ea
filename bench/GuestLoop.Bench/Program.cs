using BenchmarkDotNet.Running;
using GuestLoop.Bench.Intake;
using GuestLoop.Bench.Scale;
using GuestLoop.Bench.Soak;

namespace GuestLoop.Bench;

// An explicit entry point: top-level statements would declare a global Program, which the web project also has.
public static class BenchProgram
{
    // dotnet run -c Release --project bench/GuestLoop.Bench -- --filter '*'                      BenchmarkDotNet benchmarks
    // dotnet run -c Release --project bench/GuestLoop.Bench -- generate --provider postgres --connection "…" --cases 1000000
    // dotnet run -c Release --project bench/GuestLoop.Bench -- load --connection "…" --app src/GuestLoop.Web/bin/Release/net10.0/GuestLoop.Web.dll
    // dotnet run -c Release --project bench/GuestLoop.Bench -- intake --provider sqlite --app src/GuestLoop.Web/bin/Release/net10.0/GuestLoop.Web.dll
    // dotnet run -c Release --project bench/GuestLoop.Bench -- dashboard --connection "…" --app src/GuestLoop.Web/bin/Release/net10.0/GuestLoop.Web.dll --samples 20
    // dotnet run -c Release --project bench/GuestLoop.Bench -- workspace --app src/GuestLoop.Web/bin/Release/net10.0/GuestLoop.Web.dll --samples 40
    // dotnet run -c Release --project bench/GuestLoop.Bench -- soak --provider sqlite --app src/GuestLoop.Web/bin/Release/net10.0/GuestLoop.Web.dll --minutes 30
    // dotnet run -c Release --project bench/GuestLoop.Bench -- lock-wait --seconds 40 --batch 1
    public static async Task<int> Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "generate":
                return await GenerateCommand.RunAsync(Options.Parse(args));
            case "load":
                return await LoadCommand.RunAsync(Options.Parse(args));
            case "intake":
                return await IntakeLoadCommand.RunAsync(Options.Parse(args));
            case "dashboard":
                return await DashboardCommand.RunAsync(Options.Parse(args));
            case "workspace":
                return await Workspace.WorkspaceCommand.RunAsync(args);
            case "soak":
                return await SoakCommand.RunAsync(SoakOptions.Parse(args));
            case "lock-wait":
                return await LockWaitCommand.RunAsync(args);
            default:
                BenchmarkSwitcher.FromAssembly(typeof(BenchProgram).Assembly).Run(args);
                return 0;
        }
    }
}
