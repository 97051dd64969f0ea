using GuestLoop.Domain;
using GuestLoop.Domain.Compensation;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Compensation;

/// <summary>An enterprise's approval limits for compensations, set by administrators; without its own, the defaults apply.</summary>
public static class CompensationLimitsApi
{
    public static RouteGroupBuilder MapCompensationLimitsApi(this RouteGroupBuilder api)
    {
        var limits = api.MapGroup("/enterprises/{id:guid}/compensation-limits").WithTags("Compensation").RequireAuthorization(AuthSetup.AdminPolicy);
        limits.MapGet("/", Get).WithName("GetCompensationLimits").WithSummary("The approval limits of level 3 and level 2 (level 1 has none)");
        limits.MapPut("/", Put).WithName("SetCompensationLimits").WithSummary("Set the enterprise's own approval limits")
            .ProducesValidationProblem();
        return api;
    }

    private static async Task<Results<Ok<CompensationLimitsJson>, NotFound>> Get(Guid id, GuestLoopDbContext db, CancellationToken ct)
    {
        if (!await db.Enterprises.AnyAsync(e => e.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        var record = await db.CompensationLimits.AsNoTracking().SingleOrDefaultAsync(l => l.EnterpriseId == id, ct);
        return TypedResults.Ok(CompensationLimitsJson.From(record?.ToLimits() ?? ApprovalLimits.Default, record is not null));
    }

    private static async Task<Results<Ok<CompensationLimitsJson>, NotFound, ValidationProblem>> Put(Guid id, CompensationLimitsBody body,
        HttpContext http, GuestLoopDbContext db, AuditLog audit, CancellationToken ct)
    {
        if (!await db.Enterprises.AnyAsync(e => e.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        if (body.Level3Max is null || body.Level2Max is null)
        {
            return TypedResults.ValidationProblem(FieldErrors.For(body.Level3Max is null ? "level3Max" : "level2Max", "Required."));
        }

        var limits = new ApprovalLimits(body.Level3Max.Value, body.Level2Max.Value,
            string.IsNullOrWhiteSpace(body.Currency) ? Money.DefaultCurrency : body.Currency.Trim().ToUpperInvariant(),
            body.GuestCap, body.GuestCapDays ?? ApprovalLimits.DefaultGuestCapDays);
        var errors = limits.Validate();
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var record = await db.CompensationLimits.SingleOrDefaultAsync(l => l.EnterpriseId == id, ct);
        var before = record?.ToLimits();
        if (record is null)
        {
            record = new CompensationLimitsRecord { EnterpriseId = id };
            db.CompensationLimits.Add(record);
        }

        (record.Level3Max, record.Level2Max, record.Currency) = (limits.Level3Max, limits.Level2Max, limits.Currency);
        (record.GuestCap, record.GuestCapDays) = (limits.GuestCap, limits.GuestCapDays);
        audit.Append(http.User.ToScope(), "compensation-limits.save", "enterprise", id.ToString(), before, limits);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(CompensationLimitsJson.From(limits, true));
    }
}

/// <param name="GuestCap">Optional: what one guest may be granted over GuestCapDays (default 365), all cases together, before level 1 decides.</param>
public sealed record CompensationLimitsBody(decimal? Level3Max, decimal? Level2Max, string? Currency, decimal? GuestCap = null, int? GuestCapDays = null);

public sealed record CompensationLimitsJson(decimal Level3Max, decimal Level2Max, string Currency, bool Custom, decimal? GuestCap, int GuestCapDays)
{
    public static CompensationLimitsJson From(ApprovalLimits l, bool custom) => new(l.Level3Max, l.Level2Max, l.Currency, custom, l.GuestCap, l.GuestCapDays);
}
