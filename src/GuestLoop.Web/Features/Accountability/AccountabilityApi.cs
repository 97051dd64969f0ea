using GuestLoop.Web.Features.Account;

namespace GuestLoop.Web.Features.Accountability;

public static class AccountabilityApi
{
    public static RouteGroupBuilder MapAccountabilityApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("").WithTags("Accountability")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/cases/{caseId:guid}/accountability", async (Guid caseId, HttpContext http, StaffAccountability staff, CancellationToken ct) =>
            TypedResults.Ok(await staff.ForCaseAsync(http.User.ToScope(), caseId, ct)))
            .WithName("CaseAccountability").WithSummary("The accountability records of a case the caller may read");
        group.MapPost("/cases/{caseId:guid}/accountability", async (Guid caseId, RecordAccountabilityBody body, HttpContext http, StaffAccountability staff,
                CancellationToken ct) =>
            {
                var json = await staff.RecordAsync(http.User.ToScope(), caseId, body, ct);
                return TypedResults.Created($"/api/v1/accountability/{json.Id}", json);
            })
            .WithName("RecordAccountability").WithSummary("Record findings and measures for a staff member involved (managers only)")
            .ProducesValidationProblem();
        group.MapGet("/accountability/{id:guid}", async (Guid id, HttpContext http, StaffAccountability staff, CancellationToken ct) =>
            TypedResults.Ok(await staff.GetAsync(http.User.ToScope(), id, ct)))
            .WithName("GetAccountability");
        group.MapPost("/accountability/{id:guid}/evaluation", async (Guid id, EvaluationBody body, HttpContext http, StaffAccountability staff,
                CancellationToken ct) =>
            TypedResults.Ok(await staff.EvaluateAsync(http.User.ToScope(), id, body.Evaluation, ct)))
            .WithName("EvaluateAccountability").WithSummary("Record the effect of the measures");
        return api;
    }
}
