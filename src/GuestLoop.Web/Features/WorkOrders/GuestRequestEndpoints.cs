using GuestLoop.Domain;
using GuestLoop.Domain.WorkOrders;
using GuestLoop.Web.Data;
using GuestLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.WorkOrders;

/// <summary>
/// The guest's request page, the target of a room's or a place's QR code: <c>/request?property=…&amp;location=…</c> lists
/// the property's request types; sending one opens a work order (channel: the guest's page), dispatched as any other, and
/// shows its progress at <c>/request/{id}</c> (the order's id, unguessable, is the guest's link). Static server rendering,
/// no sign-in, rate-limited like the feedback form.
/// </summary>
public static class GuestRequestEndpoints
{
    public static void MapGuestRequestPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").AllowAnonymous().ExcludeFromDescription();
        pages.MapGet("/request", Form);
        var limit = app.ServiceProvider.GetRequiredService<Cases.EvidenceStore>().MaxBytes + BodyLimits.FormOverhead;
        pages.MapPost("/request", Send).WithBodyLimit(limit).RequireRateLimiting(GuestRateLimits.Policy);
        pages.MapGet("/request/{id:guid}", Status);
    }

    private static async Task<IResult> Form(string? property, string? location, GuestLoopDbContext db, CancellationToken ct) =>
        await PageAsync(db, new GuestRequestForm(property?.Trim(), null, location?.Trim(), null), FieldErrors.None, ct);

    private static async Task<IResult> PageAsync(GuestLoopDbContext db, GuestRequestForm form, IReadOnlyDictionary<string, string[]> errors,
        CancellationToken ct)
    {
        var property = string.IsNullOrEmpty(form.Property)
            ? null
            : await db.Properties.AsNoTracking().SingleOrDefaultAsync(p => p.Code == form.Property && !p.PublicFeedbackClosed, ct);
        if (property is null)
        {
            return new RazorComponentResult<GuestRequestPage>(new { Form = form, Unknown = true }) { StatusCode = StatusCodes.Status404NotFound };
        }

        var types = await db.RequestTypes.AsNoTracking().Where(t => t.PropertyId == property.Id && t.Active).OrderBy(t => t.ResponseMinutes)
            .ThenBy(t => t.Name).Select(t => new GuestRequestType(t.Code, t.Name, t.ResponseMinutes)).ToListAsync(ct);
        return new RazorComponentResult<GuestRequestPage>(new { Form = form, PropertyName = property.Name, Types = types, Errors = errors })
        {
            StatusCode = errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK,
        };
    }

    private static async Task<IResult> Send(HttpContext http, GuestLoopDbContext db, WorkOrders orders, PropertyLimiter propertyLimiter,
        IAntiforgery antiforgery, Cases.EvidenceStore store, CancellationToken ct)
    {
        if (await AntiforgeryCheck.RefusedAsync(http, antiforgery) is { } expired)
        {
            return expired;
        }

        var posted = await http.Request.ReadFormAsync(ct);
        if (!string.IsNullOrEmpty(posted["website"]))
        {
            return Results.BadRequest();
        }

        var form = new GuestRequestForm(posted["property"].ToString().Trim(), posted["type"].ToString(), posted["location"].ToString().Trim(),
            posted["description"].ToString().Trim());
        var property = await db.Properties.AsNoTracking().SingleOrDefaultAsync(p => p.Code == form.Property && !p.PublicFeedbackClosed, ct);
        if (property is null)
        {
            return await PageAsync(db, form, FieldErrors.None, ct);
        }

        if (propertyLimiter.Refuse(http, property.Id.ToString()) is { } refused)
        {
            return refused;
        }

        var errors = new FieldErrors();
        WorkOrder.CheckText(errors, form.Location, form.Description);
        if (string.IsNullOrWhiteSpace(form.Type))
        {
            errors.Add("type", "Required.");
        }

        if (errors.Any)
        {
            return await PageAsync(db, form, errors, ct);
        }

        // A photo of the problem, when the guest took one: kept only if it is a picture, and only with the order.
        Cases.StoredFile? photo = null;
        if (posted.Files.GetFile("photo") is { Length: > 0 } file)
        {
            try
            {
                await using var content = file.OpenReadStream();
                photo = await store.SaveAsync(content, file.FileName, ct);
                if (!Photo.IsPicture(photo.ContentType))
                {
                    store.Delete(photo.Key);
                    return await PageAsync(db, form, FieldErrors.For("photo", "Not a photo."), ct);
                }
            }
            catch (Cases.EvidenceRejectedException)
            {
                return await PageAsync(db, form, FieldErrors.For("photo", "Not a photo."), ct);
            }
        }

        WorkOrder? order;
        try
        {
            order = await orders.OpenForGuestAsync(property, form.Type!, form.Location!, form.Description ?? string.Empty, photo, ct);
        }
        catch
        {
            DeleteQuietly(store, photo);
            throw;
        }

        if (order is null)
        {
            DeleteQuietly(store, photo);
            return await PageAsync(db, form, FieldErrors.For("type", "Unknown."), ct);
        }

        return Results.Redirect($"/request/{order.Id}?new=1");
    }

    private static void DeleteQuietly(Cases.EvidenceStore store, Cases.StoredFile? photo)
    {
        if (photo is not null)
        {
            store.Delete(photo.Key);
        }
    }

    private static async Task<IResult> Status(Guid id, string? @new, GuestLoopDbContext db, CancellationToken ct)
    {
        var order = await db.WorkOrders.AsNoTracking().Where(o => o.Id == id && o.Channel == WorkOrderChannel.GuestPage)
            .Select(o => new GuestRequestStatus(o.Number, o.Type.Name, o.Location, o.State, o.CreatedAt, o.ResponseDueAt, o.AcceptedAt, o.CompletedAt,
                o.PropertyId))
            .SingleOrDefaultAsync(ct);
        if (order is null)
        {
            return new RazorComponentResult<GuestRequestStatusPage>(new { Status = (GuestRequestStatus?)null }) { StatusCode = StatusCodes.Status404NotFound };
        }

        var zone = (await db.Properties.AsNoTracking().SingleAsync(p => p.Id == order.PropertyId, ct)).Zone();
        return new RazorComponentResult<GuestRequestStatusPage>(new { Status = order, Zone = zone, Fresh = @new == "1" });
    }
}

/// <summary>What the guest typed, kept when the page comes back with errors.</summary>
public sealed record GuestRequestForm(string? Property, string? Type, string? Location, string? Description);

public sealed record GuestRequestType(string Code, string Name, int ResponseMinutes);

/// <summary>What the guest sees of their request: no staff names, no notes.</summary>
public sealed record GuestRequestStatus(string Number, string TypeName, string Location, WorkOrderState State, DateTimeOffset CreatedAt,
    DateTimeOffset ResponseDueAt, DateTimeOffset? AcceptedAt, DateTimeOffset? CompletedAt, Guid PropertyId);
