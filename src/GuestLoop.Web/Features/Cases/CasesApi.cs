using System.ComponentModel;
using System.Security.Claims;
using GuestLoop.Domain;
using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Customers;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Intake;
using GuestLoop.Web.Features.Organisation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Cases;

public static class CasesApi
{
    public static RouteGroupBuilder MapCasesApi(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Cases");
        cases.MapPost("/", Create).WithName("CreateCase").WithSummary("Record a case from an integration");
        cases.MapGet("/{id:guid}", Get).WithName("GetCase").WithSummary("A case with its history");
        cases.MapGet("/", List).WithName("ListCases").WithSummary("Cases visible to the caller, newest first");
        api.MapGet("/cases.csv", Csv).WithTags("Cases").WithName("ExportCases").WithSummary("The same case list as CSV, every matching row")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        cases.MapCaseTransitions();
        cases.MapDuplicates();
        cases.MapCaseBulk();
        return api;
    }

    private static async Task<Results<Created<CaseJson>, ValidationProblem, ProblemHttpResult>> Create(
        CreateCaseRequest request, HttpContext http, GuestLoopDbContext db, CaseWorkflow workflow, ReceiveCase receive, PropertyDirectory properties,
        TimeProvider clock,
        CancellationToken ct)
    {
        var scope = http.User.ToScope();
        var property = string.IsNullOrWhiteSpace(request.Property) ? null : await properties.FindByCodeAsync(request.Property, ct);
        var (praised, unknown) = await PraisedStaffAsync(db, property?.Id, request.PraisedStaffIds, ct);
        var errors = new FieldErrors();
        var newCase = request.ToNewCase(property?.Id ?? Guid.Empty, clock.GetUtcNow(), errors, praised);
        if (unknown)
        {
            errors.TryAdd("praisedStaffIds", "Each praised staff member must be active staff of the property.");
        }

        if (property is null && !string.IsNullOrWhiteSpace(request.Property) || property is not null && !scope.CanSee(property.Id))
        {
            errors.Add("property", $"Unknown property '{request.Property}'.");
        }

        if (errors.Any || newCase is null || property is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var idempotencyKey = http.Request.Headers["Idempotency-Key"].ToString();
        var clientId = http.User.FindFirstValue("gl:api-key") ?? scope.StaffId?.ToString() ?? "anonymous";
        var fingerprint = request.Fingerprint();
        if (idempotencyKey.Length > 0)
        {
            var earlier = await db.IdempotencyKeys.AsNoTracking().SingleOrDefaultAsync(k => k.ClientId == clientId && k.Key == idempotencyKey, ct);
            if (earlier is not null)
            {
                return earlier.RequestHash == fingerprint
                    ? await CreatedResult(db, workflow, scope, earlier.CaseId, property, clock, ct)
                    : TypedResults.Problem("This Idempotency-Key was used with a different request.", statusCode: 409, title: "Idempotency-Key reused");
            }
        }

        ReceivedCase created;
        try
        {
            created = await receive.ReceiveAsync(new CaseIntake(newCase, property, scope.Actor)
            {
                Idempotency = idempotencyKey.Length == 0 ? null : new IdempotencyRecord
                {
                    ClientId = clientId, Key = idempotencyKey, RequestHash = fingerprint, CreatedAt = clock.GetUtcNow(),
                },
            }, ct);
        }
        catch (DbUpdateException) when (idempotencyKey.Length > 0)
        {
            // A request with the same key committed first (the unique index of idempotency_keys refused ours, and our
            // transaction rolled back): every such request gets the first one's answer.
            var first = await db.IdempotencyKeys.AsNoTracking().SingleOrDefaultAsync(k => k.ClientId == clientId && k.Key == idempotencyKey, ct);
            if (first is null)
            {
                throw;
            }

            return first.RequestHash == fingerprint
                ? await CreatedResult(db, workflow, scope, first.CaseId, property, clock, ct)
                : TypedResults.Problem("This Idempotency-Key was used with a different request.", statusCode: 409, title: "Idempotency-Key reused");
        }

        // Answered from what was just saved: the new case has no replies or pauses yet.
        var json = CaseJson.For(scope, created.Case, property.Code, property.TimeZoneId, created.Deadlines, clock.GetUtcNow(), withHistory: false);
        return TypedResults.Created($"/api/v1/cases/{created.Case.Id}", json);
    }

    /// <summary>The praised staff by id, as active staff of the property; unknown is true when any id is not.</summary>
    internal static async Task<(IReadOnlyList<PraisedStaff> Praised, bool Unknown)> PraisedStaffAsync(GuestLoopDbContext db, Guid? propertyId,
        IReadOnlyList<Guid>? ids, CancellationToken ct)
    {
        if (ids is not { Count: > 0 })
        {
            return ([], false);
        }

        var wanted = ids.Distinct().ToList();
        var staff = (await db.Staff.AsNoTracking().Where(s => wanted.Contains(s.Id) && s.Active).ToListAsync(ct))
            .Where(s => propertyId is { } p && s.WorksAt(p)).ToList();
        var praised = wanted.Select(id => staff.FirstOrDefault(s => s.Id == id)).OfType<Organisation.StaffMember>()
            .Select(s => new PraisedStaff(s.Id, s.DisplayName)).ToList();
        return (praised, praised.Count < wanted.Count);
    }

    private static async Task<Created<CaseJson>> CreatedResult(GuestLoopDbContext db, CaseWorkflow workflow, AccessScope scope, Guid id,
        Organisation.Property property, TimeProvider clock, CancellationToken ct)
    {
        var c = await db.Cases.AsNoTracking().Include(x => x.Replies).Include(x => x.Pauses).SingleAsync(x => x.Id == id, ct);
        var json = CaseJson.For(scope, c, property.Code, property.TimeZoneId, await workflow.DeadlinesAsync(id, ct), clock.GetUtcNow(), withHistory: false);
        return TypedResults.Created($"/api/v1/cases/{id}", json);
    }

    private static async Task<Ok<CaseJson>> Get(Guid id, HttpContext http, CaseWorkflow workflow, CaseReader reader, CancellationToken ct)
    {
        var scope = http.User.ToScope();
        var c = await reader.LoadAuditedAsync(id, scope, ct);
        return TypedResults.Ok(await reader.ToJsonAsync(c, scope, withHistory: true, ct, withDuplicates: true));
    }

    private static async Task<Results<Ok<CaseListJson>, ValidationProblem>> List(HttpContext http, CaseReader reader,
        [AsParameters] CaseListQuery query, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var filter = CaseFilterQuery.Parse(name => http.Request.Query[name].ToString() is { Length: > 0 } v ? v : null, errors);
        if (page is < 1)
        {
            errors.Add("page", "Pages start at 1.");
        }

        if (pageSize is < 1 or > 200)
        {
            errors.Add("pageSize", "Between 1 and 200.");
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await reader.ListAsync(http.User.ToScope(), filter, page ?? 1, pageSize ?? 20, ct));
    }

    private static async Task<Results<EmptyHttpResult, ValidationProblem>> Csv(HttpContext http, CaseReader reader, GuestLoopDbContext db,
        [AsParameters] CaseListQuery query, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var filter = CaseFilterQuery.Parse(name => http.Request.Query[name].ToString() is { Length: > 0 } v ? v : null, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors);
        }

        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = "attachment; filename=\"cases.csv\"";
        await CaseListCsv.WriteAsync(http.Response.Body, http.User.ToScope(), filter, reader, db, ct);
        return TypedResults.Empty;
    }
}

/// <summary>The filters of a case list (documented for OpenAPI; read by <see cref="CaseFilterQuery"/>).</summary>
public sealed record CaseListQuery(
    [property: Description("received|triaged|investigating|planProposed|planApproved|executing|replied|followUp|closed")] string? Status,
    [property: Description("complaint|suggestion|praise|serviceRequest|inquiry")] string? Kind,
    [property: Description("serviceQuality|facility|hygiene|safety|price|information|contract|other|unclassified")] string? Category,
    [property: Description("onsite|phone|web|social|email|platform|guide|survey")] string? Channel,
    [property: Description("general|major|urgent")] string? Severity,
    [property: Description("Property code")] string? Property,
    [property: Description("Department id")] string? Department,
    [property: Description("Received at or after this instant (ISO 8601)")] string? From,
    [property: Description("Received before this instant (ISO 8601)")] string? To,
    [property: Description("Reopened at least this many times")] int? Reopened,
    [property: Description("true: only complaints of complainants who complained more than once in the list")] bool? Repeat,
    [property: Description("all|mine|myDepartment|overdue|atRisk|unassigned|open|closed")] string? View,
    [property: Description("Text in the number, title, description or complainant name")] string? Q,
    [property: Description("urgency|received|number|severity|due|assignee; newest received first when not given (a search ranks by match)")] string? Sort,
    [property: Description("asc|desc")] string? Dir);
