using GuestLoop.Web.Features.Account;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuestLoop.Web.Features.Maintenance;

public static class MaintenanceApi
{
    public static RouteGroupBuilder MapMaintenanceApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/maintenance").WithTags("Maintenance");
        group.MapGet("/assets", async (HttpContext http, AssetRegister assets, string? property, CancellationToken ct) =>
                TypedResults.Ok((await assets.ListAsync(http.User.ToScope(), property, ct)).Select(AssetJson.From).ToList()))
            .WithName("ListAssets").WithSummary("The assets (lifts, boilers, air conditioning, fire equipment, cableways, sightseeing vehicles) of the caller's properties");
        group.MapGet("/assets/{id:guid}", async (Guid id, HttpContext http, AssetRegister assets, CancellationToken ct) =>
            TypedResults.Ok(AssetJson.From(await assets.LoadAsync(id, http.User.ToScope(), ct)))).WithName("GetAsset");
        group.MapPost("/assets", AddAsset).WithName("AddAsset").WithSummary("Add an asset (level 2 or above)").ProducesValidationProblem();
        group.MapPut("/assets/{id:guid}", async (Guid id, MaintenanceAssetChange body, HttpContext http, AssetRegister assets, CancellationToken ct) =>
                TypedResults.Ok(AssetJson.From(await assets.ChangeAsync(id, body, http.User.ToScope(), ct))))
            .WithName("ChangeAsset").WithSummary("Change or retire an asset (level 2 or above)").ProducesValidationProblem();

        group.MapGet("/checklists", async (HttpContext http, InspectionPlans plans, string? property, CancellationToken ct) =>
            TypedResults.Ok((await plans.ListChecklistsAsync(http.User.ToScope(), property, ct)).Select(ChecklistJson.From).ToList())).WithName("ListChecklists");
        group.MapGet("/checklists/{id:guid}", async (Guid id, HttpContext http, InspectionPlans plans, CancellationToken ct) =>
            TypedResults.Ok(ChecklistJson.From(await plans.LoadChecklistAsync(id, http.User.ToScope(), ct)))).WithName("GetChecklist");
        group.MapPost("/checklists", AddChecklist).WithName("AddChecklist").WithSummary("Add an inspection checklist with its items (level 2 or above)")
            .ProducesValidationProblem();
        group.MapPut("/checklists/{id:guid}", async (Guid id, InspectionChecklistChange body, HttpContext http, InspectionPlans plans, CancellationToken ct) =>
                TypedResults.Ok(ChecklistJson.From(await plans.ChangeChecklistAsync(id, body, http.User.ToScope(), ct))))
            .WithName("ChangeChecklist").WithSummary("Replace a checklist's items; rounds already done keep theirs").ProducesValidationProblem();

        group.MapGet("/schedules", async (HttpContext http, InspectionPlans plans, InspectionRounds rounds, string? property, CancellationToken ct) =>
                TypedResults.Ok(await rounds.SchedulesJsonAsync(await plans.ListSchedulesAsync(http.User.ToScope(), property, ct), ct)))
            .WithName("ListInspectionSchedules").WithSummary("Inspection schedules with their next due round, soonest first");
        group.MapGet("/schedules/{id:guid}", async (Guid id, HttpContext http, InspectionPlans plans, InspectionRounds rounds, CancellationToken ct) =>
            TypedResults.Ok((await rounds.SchedulesJsonAsync([await plans.LoadScheduleAsync(id, http.User.ToScope(), ct)], ct))[0])).WithName("GetInspectionSchedule");
        group.MapPost("/schedules", AddSchedule).WithName("AddInspectionSchedule")
            .WithSummary("Schedule a checklist every N hours or days (at a clock time), with a department and grace minutes (level 2 or above)")
            .ProducesValidationProblem();
        group.MapPut("/schedules/{id:guid}", async (Guid id, InspectionScheduleChange body, HttpContext http, InspectionPlans plans, InspectionRounds rounds,
                CancellationToken ct) => TypedResults.Ok((await rounds.SchedulesJsonAsync([await plans.ChangeScheduleAsync(id, body, http.User.ToScope(), ct)], ct))[0]))
            .WithName("ChangeInspectionSchedule").ProducesValidationProblem();
        group.MapGet("/due", async (HttpContext http, InspectionRounds rounds, string? property, CancellationToken ct) =>
                TypedResults.Ok(await rounds.DueAsync(http.User.ToScope(), property, ct)))
            .WithName("DueInspections").WithSummary("Scheduled rounds due within two hours or overdue, most overdue first");

        group.MapGet("/rounds", async (HttpContext http, InspectionRounds rounds, string? property, bool? open, Guid? scheduleId, CancellationToken ct) =>
                TypedResults.Ok(await rounds.JsonAsync(await rounds.ListAsync(http.User.ToScope(), property, open ?? false, scheduleId, ct), ct)))
            .WithName("ListInspectionRounds").WithSummary("Rounds, newest first; filter by property, open, scheduleId");
        group.MapGet("/rounds/{id:guid}", async (Guid id, HttpContext http, InspectionRounds rounds, CancellationToken ct) =>
            TypedResults.Ok(await rounds.JsonAsync(await rounds.LoadAsync(id, http.User.ToScope(), ct), ct))).WithName("GetInspectionRound");
        group.MapPost("/rounds", StartRound).WithName("StartInspectionRound")
            .WithSummary("Start a round from a schedule (the one under way if any) or from a checklist on the spot").ProducesValidationProblem();
        group.MapPost("/rounds/{id:guid}/items", async (Guid id, InspectionItemResultBody body, HttpContext http, InspectionRounds rounds, CancellationToken ct) =>
                TypedResults.Ok(await rounds.JsonAsync(await rounds.RecordAsync(id, body, http.User.ToScope(), ct), ct)))
            .WithName("RecordInspectionItem").WithSummary("One item's result: pass, fail (with a note) or notApplicable").ProducesValidationProblem();
        group.MapPost("/rounds/{id:guid}/complete", async (Guid id, HttpContext http, InspectionRounds rounds, CancellationToken ct) =>
                TypedResults.Ok(await rounds.JsonAsync(await rounds.CompleteAsync(id, http.User.ToScope(), ct), ct)))
            .WithName("CompleteInspectionRound").WithSummary("Complete the round: every failed item opens a repair order, dispatched at once")
            .ProducesValidationProblem();
        return api;
    }

    private static async Task<Created<AssetJson>> AddAsset(MaintenanceAssetBody body, HttpContext http, AssetRegister assets, CancellationToken ct)
    {
        var asset = await assets.AddAsync(body, http.User.ToScope(), ct);
        return TypedResults.Created($"/api/v1/maintenance/assets/{asset.Id}", AssetJson.From(asset));
    }

    private static async Task<Created<ChecklistJson>> AddChecklist(InspectionChecklistBody body, HttpContext http, InspectionPlans plans, CancellationToken ct)
    {
        var checklist = await plans.AddChecklistAsync(body, http.User.ToScope(), ct);
        return TypedResults.Created($"/api/v1/maintenance/checklists/{checklist.Id}", ChecklistJson.From(checklist));
    }

    private static async Task<Created<ScheduleJson>> AddSchedule(InspectionScheduleBody body, HttpContext http, InspectionPlans plans, InspectionRounds rounds,
        CancellationToken ct)
    {
        var schedule = await plans.AddScheduleAsync(body, http.User.ToScope(), ct);
        return TypedResults.Created($"/api/v1/maintenance/schedules/{schedule.Id}", (await rounds.SchedulesJsonAsync([schedule], ct))[0]);
    }

    private static async Task<Created<RoundJson>> StartRound(StartInspectionRoundBody body, HttpContext http, InspectionRounds rounds, CancellationToken ct)
    {
        var round = await rounds.StartAsync(body, http.User.ToScope(), ct);
        return TypedResults.Created($"/api/v1/maintenance/rounds/{round.Id}", await rounds.JsonAsync(round, ct));
    }
}
