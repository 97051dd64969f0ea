using BenchmarkDotNet.Running;

namespace GuestLoop.Bench;

// An explicit entry point: top-level statements would declare a global Program, which the web project also has.
public static class BenchProgram
{
    // dotnet run -c Release --project bench/GuestLoop.Bench -- --filter '*'
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchProgram).Assembly).Run(args);
}
