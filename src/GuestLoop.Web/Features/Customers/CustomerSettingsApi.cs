using GuestLoop.Domain.Customers;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Customers;

public sealed record CustomerSettingsBody(int? RepeatCount, int? RepeatDays, int? ClosedCaseContactDays, int? VisitDays, int? InactiveGuestDays);

/// <summary>The enterprise's repeat-complainant rule and retention periods; administrators only, audited.</summary>
public static class CustomerSettingsApi
{
    public static RouteGroupBuilder MapCustomerSettingsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/guests/settings", Get).WithTags("Guests").WithName("GetCustomerSettings").WithSummary("Repeat-complainant rule and retention periods");
        api.MapPut("/guests/settings", Put).WithTags("Guests").WithName("SaveCustomerSettings").WithSummary("Change them (administrators)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }

    private static async Task<Ok<CustomerSettingsRecord>> Get(GuestLoopDbContext db, CancellationToken ct) => TypedResults.Ok(await ReadAsync(db, ct));

    /// <summary>The settings in force: the stored ones, or the defaults.</summary>
    public static async Task<CustomerSettingsRecord> ReadAsync(GuestLoopDbContext db, CancellationToken ct)
    {
        var enterprise = await db.Enterprises.AsNoTracking().OrderBy(e => e.Id).Select(e => e.Id).FirstAsync(ct);
        return await db.CustomerSettings.AsNoTracking().SingleOrDefaultAsync(s => s.EnterpriseId == enterprise, ct)
            ?? new CustomerSettingsRecord { EnterpriseId = enterprise };
    }

    private static async Task<Ok<CustomerSettingsRecord>> Put(CustomerSettingsBody body, HttpContext http, GuestLoopDbContext db, AuditLog audit, CancellationToken ct) =>
        TypedResults.Ok(await SaveAsync(db, audit, http.User.ToScope(), body, ct));

    /// <summary>
    /// Saves the given values over the ones in force (a null keeps its value), for the API and the retention page:
    /// administrators only, checked by the domain's rules, audited with the values before.
    /// </summary>
    public static async Task<CustomerSettingsRecord> SaveAsync(GuestLoopDbContext db, AuditLog audit, AccessScope scope, CustomerSettingsBody body,
        CancellationToken ct)
    {
        RetentionJob.RequireAdministrator(scope);
        var enterprise = await db.Enterprises.AsNoTracking().OrderBy(e => e.Id).Select(e => e.Id).FirstAsync(ct);
        var record = await db.CustomerSettings.SingleOrDefaultAsync(s => s.EnterpriseId == enterprise, ct);
        if (record is null)
        {
            record = new CustomerSettingsRecord { EnterpriseId = enterprise };
            db.CustomerSettings.Add(record);
        }

        var repeat = new RepeatComplaintRule(body.RepeatCount ?? record.RepeatCount, body.RepeatDays ?? record.RepeatDays);
        var retention = new RetentionPolicy(body.ClosedCaseContactDays ?? record.ClosedCaseContactDays, body.VisitDays ?? record.VisitDays,
            body.InactiveGuestDays ?? record.InactiveGuestDays);
        var errors = repeat.Validate().Concat(retention.Validate()).ToDictionary(e => e.Key, e => e.Value);
        if (errors.Count > 0)
        {
            throw new GuestValidationException(errors);
        }

        var before = new { record.RepeatCount, record.RepeatDays, record.ClosedCaseContactDays, record.VisitDays, record.InactiveGuestDays };
        (record.RepeatCount, record.RepeatDays) = (repeat.Count, repeat.Days);
        (record.ClosedCaseContactDays, record.VisitDays, record.InactiveGuestDays) = (retention.ClosedCaseContactDays, retention.VisitDays, retention.InactiveGuestDays);
        audit.Append(scope, "customer.settings", "customer-settings", enterprise.ToString(), before, body);
        await db.SaveChangesAsync(ct);
        return record;
    }
}
