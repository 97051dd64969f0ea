using GuestLoop.Web.Features.Intake;

namespace GuestLoop.Web.Tests.Features.Intake;

/// <summary>
/// How many waiting intakes one transaction takes. SQLite's one writer is held to the batch budget; PostgreSQL's writers
/// are not, so a slow commit (a sync to disk) never shrinks their batches while intakes queue up.
/// </summary>
public sealed class IntakeBatchLimitTests
{
    private static double Ticks(double milliseconds) => TimeSpan.FromMilliseconds(milliseconds).Ticks;

    [Fact]
    public void Sqlite_takes_what_fits_in_the_budget_at_the_recent_cost_per_case()
    {
        var sqlite = IntakeWriters.For(postgres: false, postgresWriters: 4);
        Assert.Equal((1, true), (sqlite.Count, sqlite.Budgeted));
        Assert.Equal(ReceiveCase.MaxBatch, ReceiveCase.BatchLimit(sqlite.Budgeted, 0));
        Assert.Equal(40, ReceiveCase.BatchLimit(sqlite.Budgeted, Ticks(2.5)));
        Assert.Equal(1, ReceiveCase.BatchLimit(sqlite.Budgeted, Ticks(400)));
        Assert.Equal(ReceiveCase.MaxBatch, ReceiveCase.BatchLimit(sqlite.Budgeted, Ticks(0.1)));
    }

    [Fact]
    public void Postgres_writers_take_all_that_wait_however_slow_the_last_commits_were()
    {
        var postgres = IntakeWriters.For(postgres: true, postgresWriters: 4);
        Assert.Equal((4, false), (postgres.Count, postgres.Budgeted));
        // The soak's stall: batches of 2 cases taking 1.5 s each made the old estimate 750 ms a case, and every batch one case.
        Assert.Equal(ReceiveCase.MaxBatch, ReceiveCase.BatchLimit(postgres.Budgeted, Ticks(750)));
        Assert.Equal(ReceiveCase.MaxBatch, ReceiveCase.BatchLimit(postgres.Budgeted, Ticks(2.5)));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(100, 32)]
    public void Postgres_writers_stay_between_one_and_thirty_two(int configured, int expected) =>
        Assert.Equal(expected, IntakeWriters.For(postgres: true, postgresWriters: configured).Count);
}
