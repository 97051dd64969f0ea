using GuestLoop.Domain;
using GuestLoop.Domain.WorkOrders;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.WorkOrders;

/// <summary>Each property's request types: listed for everyone who sees the property, added and changed by level 2 or above.</summary>
public sealed class RequestTypeCatalogue(GuestLoopDbContext db, AuditLog audit)
{
    public async Task<IReadOnlyList<RequestTypeRecord>> ListAsync(AccessScope scope, string? propertyCode, bool activeOnly, CancellationToken ct)
    {
        var query = await PropertyChoice.FilterAsync(db, db.RequestTypes.AsNoTracking(), propertyCode, scope, ct);
        if (activeOnly)
        {
            query = query.Where(t => t.Active);
        }

        return await query.OrderBy(t => t.PropertyId).ThenBy(t => t.Code).ToListAsync(ct);
    }

    public async Task<RequestTypeRecord> AddAsync(RequestTypeRequest request, AccessScope scope, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var property = await PropertyChoice.RequireAsync(db, request.Property, scope, errors, ct);
        var type = await ValidateAsync(request, property?.Id, errors, ct);
        if (type is not null && property is not null && await db.RequestTypes.AnyAsync(t => t.PropertyId == property.Id && t.Code == type.Code, ct))
        {
            errors.Add("code", $"The property already has a request type '{type.Code}'.");
        }

        errors.ThrowIfAny();
        WorkOrderAuthority.RequireConfigurer(scope.Authority, scope.IsAdministrator, "set request types");
        var record = new RequestTypeRecord
        {
            PropertyId = property!.Id, Code = type!.Code, Name = type.Name, Skill = type.Skill, DepartmentId = type.DepartmentId,
            ResponseMinutes = type.ResponseMinutes, CompletionMinutes = type.CompletionMinutes, NeedsVerification = type.NeedsVerification,
            Active = request.Active ?? true,
        };
        db.RequestTypes.Add(record);
        audit.Append(scope, "request-type.add", "request-type", record.Id.ToString(), null, RequestTypeJson.From(record));
        await db.SaveChangesAsync(ct);
        return record;
    }

    /// <summary>Changes a type; orders already open keep the targets they were opened with.</summary>
    public async Task<RequestTypeRecord> ChangeAsync(Guid id, RequestTypeChange change, AccessScope scope, CancellationToken ct)
    {
        var record = await db.RequestTypes.SingleOrDefaultAsync(t => t.Id == id, ct);
        if (record is null || !scope.CanSee(record.PropertyId))
        {
            throw new WorkOrderNotFoundException();
        }

        var errors = new FieldErrors();
        var request = new RequestTypeRequest(null, record.Code, change.Name, change.DepartmentId, change.Skill, change.ResponseMinutes,
            change.CompletionMinutes, change.NeedsVerification, change.Active);
        var type = await ValidateAsync(request, record.PropertyId, errors, ct);
        errors.ThrowIfAny();
        WorkOrderAuthority.RequireConfigurer(scope.Authority, scope.IsAdministrator, "set request types");
        var before = RequestTypeJson.From(record);
        record.Set(type!);
        record.Active = request.Active ?? record.Active;
        audit.Append(scope, "request-type.change", "request-type", record.Id.ToString(), before, RequestTypeJson.From(record));
        await db.SaveChangesAsync(ct);
        return record;
    }

    private async Task<RequestType?> ValidateAsync(RequestTypeRequest request, Guid? propertyId, FieldErrors errors, CancellationToken ct)
    {
        if (request.DepartmentId is not { } departmentId
            || !await db.Departments.AnyAsync(d => d.Id == departmentId && (d.PropertyId == null || d.PropertyId == propertyId), ct))
        {
            errors.Add("departmentId", "Unknown department at this property.");
        }

        if (request.Code is { Length: > 40 } || request.Name is { Length: > 100 } || request.Skill is { Length: > 40 })
        {
            errors.Add("code", "Code and skill at most 40 characters, name at most 100.");
        }

        try
        {
            return new RequestType(request.Code ?? string.Empty, request.Name ?? string.Empty, request.DepartmentId ?? Guid.Empty,
                request.Skill ?? string.Empty, request.ResponseMinutes ?? 0, request.CompletionMinutes ?? 0, request.NeedsVerification ?? false);
        }
        catch (DomainException e) when (e.Kind == DomainErrorKind.Invalid)
        {
            errors.Add(e.Errors);
            return null;
        }
    }
}
