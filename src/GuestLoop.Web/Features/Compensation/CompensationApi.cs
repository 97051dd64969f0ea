using GuestLoop.Domain;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Cases;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Compensation;

/// <summary>Remedies and compensations of a case, their steps, and the compensation ledger, inside the caller's property scope.</summary>
public static class CompensationApi
{
    public static RouteGroupBuilder MapCompensationApi(this RouteGroupBuilder api)
    {
        var remedies = api.MapGroup("/cases/{id:guid}/remedies").WithTags("Remedies");
        remedies.MapGet("/", ListRemedies).WithName("ListRemedies").WithSummary("The remedial measures of a case, by due date")
            .ProducesProblem(StatusCodes.Status404NotFound);
        remedies.MapPost("/", PlanRemedy).WithName("PlanRemedy").WithSummary("Plan a remedy with an owner and a due date")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        remedies.MapPost("/{rid:guid}/done", (Guid id, Guid rid, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] RemedyNoteBody? body,
                HttpContext http, CaseRemedies work, CancellationToken ct) => Remedy(work.MarkDoneAsync(id, rid, http.User.ToScope(), body?.Note, ct)))
            .WithName("CompleteRemedy").WithSummary("The owner reports the remedy done").Produces409();
        remedies.MapPost("/{rid:guid}/verify", (Guid id, Guid rid, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] RemedyNoteBody? body,
                HttpContext http, CaseRemedies work, CancellationToken ct) => Remedy(work.VerifyAsync(id, rid, http.User.ToScope(), body?.Note, ct)))
            .WithName("VerifyRemedy").WithSummary("Verify a done remedy (level 3 or above)").Produces409();

        var caseCompensations = api.MapGroup("/cases/{id:guid}/compensations").WithTags("Compensation");
        caseCompensations.MapGet("/", ListCompensations).WithName("ListCompensations").WithSummary("The compensations of a case")
            .ProducesProblem(StatusCodes.Status404NotFound);
        caseCompensations.MapPost("/", Propose).WithName("ProposeCompensation").WithSummary("Propose a compensation")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        var compensations = api.MapGroup("/compensations/{cid:guid}").WithTags("Compensation");
        Step<DecisionBody>(compensations, "approve", "Approve within your authority's limit", (w, cid, s, b, ct) => w.ApproveAsync(cid, s, b.Note, ct));
        Step<DecisionBody>(compensations, "reject", "Refuse the compensation, with a reason", (w, cid, s, b, ct) => w.RejectAsync(cid, s, b.Reason ?? b.Note, ct));
        Step<NegotiationBody>(compensations, "negotiation", "Add a dated line to the negotiation log", (w, cid, s, b, ct) => w.NegotiateAsync(cid, s, b, ct));
        Step<AgreeBody>(compensations, "agree", "The guest accepts the agreement (generated unless given)", (w, cid, s, b, ct) => w.AgreeAsync(cid, s, b, ct));
        Step<PayBody>(compensations, "pay", "Record the payment", (w, cid, s, b, ct) => w.PayAsync(cid, s, b, ct));

        api.MapGet("/compensation-ledger", Ledger).WithTags("Compensation").WithName("CompensationLedger")
            .WithSummary("Compensations approved in a period with totals by basis and method; ?format=csv for a spreadsheet")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Ok<List<RemedyJson>>> ListRemedies(Guid id, HttpContext http, CaseRemedies work, CancellationToken ct) =>
        TypedResults.Ok((await work.ListAsync(id, http.User.ToScope(), ct)).Select(RemedyJson.From).ToList());

    private static async Task<Created<RemedyJson>> PlanRemedy(Guid id, PlanRemedyBody body, HttpContext http, CaseRemedies work, CancellationToken ct)
    {
        var remedy = await work.PlanAsync(id, http.User.ToScope(), body, ct);
        return TypedResults.Created($"/api/v1/cases/{id}/remedies/{remedy.Id}", RemedyJson.From(remedy));
    }

    private static async Task<Ok<RemedyJson>> Remedy(Task<Domain.Compensation.Remedy> step) => TypedResults.Ok(RemedyJson.From(await step));

    private static async Task<Ok<List<CompensationJson>>> ListCompensations(Guid id, HttpContext http, CaseCompensations work, CancellationToken ct)
    {
        var list = await work.ListAsync(id, http.User.ToScope(), ct);
        if (list.Count == 0)
        {
            return TypedResults.Ok(new List<CompensationJson>());
        }

        var limits = await work.LimitsAsync(list[0].PropertyId, ct);
        return TypedResults.Ok(list.Select(c => CompensationJson.From(c, limits, CompensationJson.ApprovedBesides(c, list))).ToList());
    }

    private static async Task<Created<CompensationJson>> Propose(Guid id, ProposeCompensationBody body, HttpContext http, CaseCompensations work,
        CancellationToken ct)
    {
        var c = await work.ProposeAsync(id, http.User.ToScope(), body, ct);
        return TypedResults.Created($"/api/v1/compensations/{c.Id}", CompensationJson.From(c, await work.LimitsAsync(c.PropertyId, ct)));
    }

    private static void Step<TBody>(RouteGroupBuilder group, string name, string summary,
        Func<CaseCompensations, Guid, AccessScope, TBody, CancellationToken, Task<Domain.Compensation.GuestCompensation>> step)
        where TBody : class
    {
        group.MapPost($"/{name}", async Task<Ok<CompensationJson>> (Guid cid, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] TBody? body,
                HttpContext http, CaseCompensations work, CancellationToken ct) =>
            {
                var c = await step(work, cid, http.User.ToScope(), body ?? Empty<TBody>(), ct);
                return TypedResults.Ok(CompensationJson.From(c, await work.LimitsAsync(c.PropertyId, ct)));
            })
            .WithName("Compensation" + char.ToUpperInvariant(name[0]) + name[1..])
            .WithSummary(summary)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Results<Ok<LedgerReport>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> Ledger(
        string? property, DateOnly? from, DateOnly? to, string? format, HttpContext http, GuestLoopDbContext db, CompensationLedger ledger,
        TimeProvider clock, CancellationToken ct)
    {
        var scope = http.User.ToScope();
        if (!CompensationLedger.MayRead(scope))
        {
            return TypedResults.Problem(title: "Above your authority level", detail: "The ledger is for level 1 and 2 and administrators.",
                statusCode: StatusCodes.Status403Forbidden);
        }

        if (format is not (null or "json" or "csv"))
        {
            return TypedResults.ValidationProblem(FieldErrors.For("format", "json or csv."));
        }

        Guid? propertyId = null;
        if (!string.IsNullOrWhiteSpace(property))
        {
            propertyId = await db.Properties.AsNoTracking().Where(p => p.Code == property || p.Id.ToString() == property)
                .Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct) ?? throw new CaseNotFoundException();
        }

        var (start, end) = LedgerPeriod.ThisMonth(clock.GetUtcNow());
        var report = await ledger.ReadAsync(scope, propertyId, from ?? start, to ?? end, ct);
        return format == "csv"
            ? TypedResults.File(LedgerCsv.Write(report), "text/csv; charset=utf-8", LedgerCsv.FileName(report))
            : TypedResults.Ok(report);
    }

    private static RouteHandlerBuilder Produces409(this RouteHandlerBuilder b) =>
        b.ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static T Empty<T>() => System.Text.Json.JsonSerializer.Deserialize<T>("{}", System.Text.Json.JsonSerializerOptions.Web)!;
}
