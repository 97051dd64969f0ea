using GuestLoop.Web.Data.Writing;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Intake;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuestLoop.Web.Features.Operations;

/// <summary>How the write path is doing on this instance: the intake writer's batches and, on SQLite, the write gate and the checkpoints.</summary>
public sealed record WriteHealth(IntakeWriterStats Intake, WriteTransactionStats? Transactions, CheckpointStats? Checkpoints);

public static class WriteHealthApi
{
    public static RouteGroupBuilder MapWriteHealthApi(this RouteGroupBuilder api)
    {
        api.MapGet("/health/writes", Ok<WriteHealth> (HttpContext http, ReceiveCase intake, IServiceProvider services) =>
            {
                http.User.ToScope().RequireAdministrator("Only administrators see the health of the write path.");
                return TypedResults.Ok(new WriteHealth(intake.Stats(), services.GetService<SqliteWriteGate>()?.Stats(),
                    services.GetService<SqliteCheckpointer>()?.Stats()));
            })
            .WithTags("Operations").WithName("GetWriteHealth")
            .WithSummary("The intake writer's batches, the longest write transaction and the checkpoints of the write-ahead log on this instance")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }
}
