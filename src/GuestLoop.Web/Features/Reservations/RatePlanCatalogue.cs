using GuestLoop.Domain;
using GuestLoop.Domain.Reservations;
using GuestLoop.Domain.WorkOrders;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using GuestLoop.Web.Features.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Reservations;

/// <summary>
/// Each property's rate plans and front-office settings (check-in time, overbooking limits): read by its staff, set by
/// level 2 or above, as room types are.
/// </summary>
public sealed class RatePlanCatalogue(GuestLoopDbContext db, AuditLog audit)
{
    public async Task<IReadOnlyList<RatePlan>> ListAsync(AccessScope scope, string? propertyCode, CancellationToken ct)
    {
        var property = await PropertyChoice.FilterIdAsync(db, propertyCode, scope, ct);
        var plans = db.RatePlans.AsNoTracking();
        plans = property is { } id ? plans.Where(p => p.PropertyId == id) : plans.InScope(scope, p => p.PropertyId);
        return await plans.OrderBy(p => p.PropertyId).ThenBy(p => p.Code).ToListAsync(ct);
    }

    /// <summary>Adds the plan, or changes the property's plan of that code.</summary>
    public async Task<(RatePlan Plan, bool Created)> SetAsync(RatePlanBody body, AccessScope scope, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var property = await PropertyChoice.RequireAsync(db, body.Property, scope, errors, ct);
        var prices = new List<RatePlanPrice>();
        if (property is not null && body.Prices is not null)
        {
            var types = await db.RoomTypes.AsNoTracking().Where(t => t.PropertyId == property.Id).ToDictionaryAsync(t => t.Code, t => t.Id, ct);
            foreach (var (typeCode, rate) in body.Prices)
            {
                if (types.TryGetValue(typeCode, out var typeId))
                {
                    prices.Add(new RatePlanPrice(typeId, rate));
                }
                else
                {
                    errors.TryAdd("prices", $"Unknown room type '{typeCode}' at this property.");
                }
            }
        }

        errors.ThrowIfAny();
        WorkOrderAuthority.RequireConfigurer(scope.Authority, scope.IsAdministrator, "set rate plans");
        var rule = new CancellationRule(body.FreeUntilHours ?? 24, body.LateChargeNights ?? 1, body.NoShowChargeNights ?? 1, body.DepositNights ?? 0);
        var code = body.Code?.Trim();
        var plan = await db.RatePlans.SingleOrDefaultAsync(p => p.PropertyId == property!.Id && p.Code == code, ct);
        var created = plan is null;
        object? before = null;
        if (plan is null)
        {
            plan = RatePlan.Create(property!.Id, body.Code, body.Name, rule, prices);
            if (body.Active == false)
            {
                plan.Change(body.Name, rule, prices, active: false);
            }

            db.RatePlans.Add(plan);
        }
        else
        {
            before = Audited(plan);
            plan.Change(body.Name, rule, prices, body.Active ?? plan.Active);
        }

        audit.Append(scope, created ? "rate-plan.add" : "rate-plan.change", "rate-plan", plan.Id.ToString(), before, Audited(plan));
        await db.SaveChangesAsync(ct);
        return (plan, created);
    }

    public async Task<FrontOfficeSettings> SettingsAsync(Guid propertyId, CancellationToken ct) =>
        await db.FrontOfficeSettings.AsNoTracking().SingleOrDefaultAsync(s => s.PropertyId == propertyId, ct) ?? new FrontOfficeSettings { PropertyId = propertyId };

    public async Task<FrontOfficeSettings> SetSettingsAsync(FrontOfficeSettingsBody body, AccessScope scope, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var property = await PropertyChoice.RequireAsync(db, body.Property, scope, errors, ct);
        if (body.OverbookingRooms is < 0 or > 50)
        {
            errors.Add("overbookingRooms", "From 0 to 50 rooms.");
        }

        if (body.OverbookingNights is { } nights && (nights.Count > 400 || nights.Values.Any(v => v is < 0 or > 50)))
        {
            errors.Add("overbookingNights", "At most 400 nights, each from 0 to 50 rooms.");
        }

        errors.ThrowIfAny();
        WorkOrderAuthority.RequireConfigurer(scope.Authority, scope.IsAdministrator, "set front-office settings");
        var settings = await db.FrontOfficeSettings.SingleOrDefaultAsync(s => s.PropertyId == property!.Id, ct);
        if (settings is null)
        {
            settings = new FrontOfficeSettings { PropertyId = property!.Id };
            db.FrontOfficeSettings.Add(settings);
        }

        settings.CheckInTime = body.CheckInTime ?? settings.CheckInTime;
        settings.CheckOutTime = body.CheckOutTime ?? settings.CheckOutTime;
        settings.OverbookingRooms = body.OverbookingRooms ?? settings.OverbookingRooms;
        foreach (var (night, rooms) in body.OverbookingNights ?? [])
        {
            var row = await db.OverbookingNights.SingleOrDefaultAsync(n => n.PropertyId == settings.PropertyId && n.Night == night, ct);
            if (row is null)
            {
                db.OverbookingNights.Add(new OverbookingNight { PropertyId = settings.PropertyId, Night = night, Rooms = rooms });
            }
            else
            {
                row.Rooms = rooms;
            }
        }

        audit.Append(scope, "front-office.settings", "property", settings.PropertyId.ToString(), null,
            new { settings.CheckInTime, settings.CheckOutTime, settings.OverbookingRooms, body.OverbookingNights });
        await db.SaveChangesAsync(ct);
        return settings;
    }

    private static object Audited(RatePlan p) => new { p.Code, p.Name, p.Rule, p.Active, Prices = p.Prices.Select(x => new { x.RoomTypeId, x.Rate }) };
}
