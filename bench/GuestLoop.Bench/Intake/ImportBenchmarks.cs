using System.Text;
using BenchmarkDotNet.Attributes;
using GuestLoop.Domain;
using GuestLoop.Domain.Organisation;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Intake;
using GuestLoop.Web.Features.Organisation;
using GuestLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GuestLoop.Bench.Intake;

/// <summary>
/// A 10,000-row CSV imported into a fresh SQLite database: every row checked, then the cases written through the intake
/// pipeline (guest linking, risk words, deadlines, duplicates, dedupe keys) 200 rows per transaction. Target (docs/PERFORMANCE.md): under 30 s. Each invocation gets a file never imported
/// before, so nothing is skipped as a duplicate.
/// </summary>
public class ImportBenchmarks
{
    public const int Rows = 10_000;

    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "guestloop-bench", Guid.NewGuid().ToString("N"));
    private WebApplication _app = null!;
    private Property _property = null!;
    private byte[] _file = [];
    private int _run;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        Directory.CreateDirectory(_dataPath);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = _dataPath, EnvironmentName = "Production" });
        builder.Configuration["GuestLoop:DataPath"] = _dataPath;
        builder.Configuration["Database:Provider"] = "sqlite";
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddGuestLoop(builder.Configuration, builder.Environment);
        _app = builder.Build();
        await StartupTasks.RunAsync(_app.Services, _app.Configuration, CancellationToken.None);
        // The intake's writer is a hosted service; the web server itself is not needed.
        await _app.Services.GetRequiredService<ReceiveCase>().StartAsync(CancellationToken.None);
        await using var scope = _app.Services.CreateAsyncScope();
        _property = await scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>().Properties.AsNoTracking().FirstAsync(p => p.Code == "DEMO-HOTEL");
    }

    [IterationSetup]
    public void MakeFile()
    {
        var marker = $"bench{++_run}-{Guid.NewGuid():N}"[..16];
        // New guests in every run (their phones carry the run's number): each iteration does the same work, instead of
        // linking to the guests of the runs before and comparing with all their cases.
        var csv = new StringBuilder("编号,标题,内容,类型,受理时间,姓名,电话\r\n");
        for (var i = 0; i < Rows; i++)
        {
            csv.Append($"{marker}-{i},客房问题 {i},第{i}条：空调噪音大，夜里无法入睡，要求换房。,{(i % 3 == 0 ? "建议" : "投诉")},2026-11-20 09:{i % 60:00},王芳{i % 100},13{_run % 100:00}{i:0000000}\r\n");
        }

        _file = Encoding.UTF8.GetBytes(csv.ToString());
    }

    [Benchmark]
    public async Task<int> Import_10000_rows_csv()
    {
        var actor = new AccessScope(null, "bench", AuthorityLevel.None, null, true, new HashSet<Guid>(), true);
        await using var scope = _app.Services.CreateAsyncScope();
        var imports = scope.ServiceProvider.GetRequiredService<ImportCases>();
        var (job, check) = await imports.CheckAsync(new ImportRequest(_property, "bench.csv", _file, null, DryRun: false), actor, new FieldErrors(),
            CancellationToken.None) ?? throw new InvalidOperationException("The file was refused.");
        await imports.RunAsync(job.Id, check.ToCreate, actor, CancellationToken.None);
        var done = await scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>().ImportJobs.AsNoTracking().SingleAsync(j => j.Id == job.Id);
        return done.Status == ImportStatus.Succeeded && done.Created == Rows ? done.Created : throw new InvalidOperationException($"Import {done.Status}: {done.Message}");
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _app.Services.GetRequiredService<ReceiveCase>().StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataPath, recursive: true);
    }
}
