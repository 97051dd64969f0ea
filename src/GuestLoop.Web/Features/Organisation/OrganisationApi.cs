using System.Globalization;
using GuestLoop.Domain;
using GuestLoop.Domain.Organisation;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Admin;
using GuestLoop.Web.Features.Cases;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GuestLoop.Web.Features.Organisation;

/// <summary>
/// Properties, departments and staff for integrations (a head office setting up its hotels): the same
/// <see cref="OrganisationAdmin"/> as the admin pages, so the same checks and the same audit entries.
/// </summary>
public static class OrganisationApi
{
    public static RouteGroupBuilder MapOrganisationApi(this RouteGroupBuilder api)
    {
        var properties = api.MapGroup("/properties").WithTags("Organisation").RequireAuthorization(AuthSetup.AdminPolicy);
        properties.MapGet("/", ListProperties).WithName("ListProperties").WithSummary("The properties the caller sees");
        properties.MapPost("/", (PropertyBody body, HttpContext http, Editing edit) => SaveProperty(null, body, http, edit))
            .WithName("CreateProperty").WithSummary("Add a property (hotel, scenic area, agency) with its time zone, calendar and deadline policy; audited");
        properties.MapPut("/{code}", (string code, PropertyBody body, HttpContext http, Editing edit) => SaveProperty(code, body, http, edit))
            .WithName("UpdateProperty").WithSummary("Change a property; a new calendar or policy recomputes its open cases; audited");

        var departments = api.MapGroup("/departments").WithTags("Organisation").RequireAuthorization(AuthSetup.AdminPolicy);
        departments.MapGet("/", ListDepartments).WithName("ListDepartments").WithSummary("The departments of the properties the caller sees");
        departments.MapPost("/", (DepartmentBody body, HttpContext http, Editing edit) => SaveDepartment(null, body, http, edit))
            .WithName("CreateDepartment").WithSummary("Add a department to a property (or, without one, to the enterprise); audited");
        departments.MapPut("/{id:guid}", (Guid id, DepartmentBody body, HttpContext http, Editing edit) => SaveDepartment(id, body, http, edit))
            .WithName("UpdateDepartment").WithSummary("Change a department: name, function, head, duty calendar; audited");

        var staff = api.MapGroup("/staff").WithTags("Organisation").RequireAuthorization(AuthSetup.AdminPolicy);
        staff.MapGet("/", ListStaff).WithName("ListStaff").WithSummary("The staff of the properties the caller sees");
        staff.MapPost("/", (StaffBody body, HttpContext http, Editing edit) => SaveStaff(null, body, http, edit))
            .WithName("CreateStaff").WithSummary("Add a staff member with a first password; audited (the password never is)");
        staff.MapPut("/{id:guid}", (Guid id, StaffBody body, HttpContext http, Editing edit) => SaveStaff(id, body, http, edit))
            .WithName("UpdateStaff").WithSummary("Change a staff member; deactivating or a new password ends their sessions; audited");
        foreach (var group in new[] { properties, departments, staff })
        {
            group.ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        }

        return api;
    }

    /// <summary>What every edit needs: the one service, the database to resolve codes, and the texts of its errors.</summary>
    public sealed record Editing(OrganisationAdmin Admin, GuestLoopDbContext Db, IStringLocalizer<SharedResource> Texts);

    private static async Task<Ok<List<PropertyJson>>> ListProperties(HttpContext http, GuestLoopDbContext db, CancellationToken ct)
    {
        var scope = http.User.ToScope();
        var all = await db.Properties.AsNoTracking().OrderBy(p => p.Code).ToListAsync(ct);
        return TypedResults.Ok(all.Where(p => scope.CanSee(p.Id)).Select(PropertyJson.From).ToList());
    }

    private static async Task<Ok<List<DepartmentJson>>> ListDepartments(HttpContext http, GuestLoopDbContext db, CancellationToken ct)
    {
        var scope = http.User.ToScope();
        var codes = await db.Properties.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, ct);
        var all = await db.Departments.AsNoTracking().OrderBy(d => d.Name).ToListAsync(ct);
        return TypedResults.Ok(all.Where(d => d.PropertyId is { } p ? scope.CanSee(p) : scope.AllProperties).Select(d => ToJson(d, codes)).ToList());
    }

    private static async Task<Ok<List<StaffJson>>> ListStaff(HttpContext http, GuestLoopDbContext db, CancellationToken ct)
    {
        var scope = http.User.ToScope();
        var codes = await db.Properties.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, ct);
        var all = await db.Staff.AsNoTracking().OrderBy(s => s.UserName).ToListAsync(ct);
        return TypedResults.Ok(all.Where(s => scope.AllProperties || !s.AllProperties && s.PropertyIds.Any(scope.CanSee))
            .Select(s => ToJson(s, codes)).ToList());
    }

    private static async Task<Results<Created<PropertyJson>, Ok<PropertyJson>, ValidationProblem, NotFound>> SaveProperty(string? code,
        PropertyBody body, HttpContext http, Editing edit)
    {
        var existing = code is null ? null : await edit.Db.Properties.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code);
        if (code is not null && existing is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new FieldErrors();
        var type = CreateCaseRequest.ParseEnum<PropertyType>("type", body.Type, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var property = new Property
        {
            Id = existing?.Id ?? Guid.NewGuid(), EnterpriseId = existing?.EnterpriseId ?? Guid.Empty, Code = body.Code ?? code ?? "",
            Name = body.Name ?? "", Type = type ?? default, TimeZoneId = body.TimeZone ?? "", CalendarCode = body.Calendar ?? "", PolicyCode = body.Policy ?? "",
            PublicFeedbackClosed = body.PublicFeedback is { } open ? !open : existing?.PublicFeedbackClosed ?? false,
        };
        var problems = await edit.Admin.SavePropertyAsync(property, http.User.ToScope());
        if (Invalid(errors, problems, edit) is { } invalid)
        {
            return invalid;
        }

        var json = PropertyJson.From(property);
        return existing is null ? TypedResults.Created($"/api/v1/properties/{property.Code}", json) : TypedResults.Ok(json);
    }

    private static async Task<Results<Created<DepartmentJson>, Ok<DepartmentJson>, ValidationProblem, NotFound>> SaveDepartment(Guid? id,
        DepartmentBody body, HttpContext http, Editing edit)
    {
        if (id is { } known && !await edit.Db.Departments.AnyAsync(d => d.Id == known))
        {
            return TypedResults.NotFound();
        }

        var errors = new FieldErrors();
        var function = CreateCaseRequest.ParseEnum<DepartmentFunction>("function", body.Function, errors);
        var codes = await edit.Db.Properties.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.Id);
        Guid? propertyId = null;
        if (!string.IsNullOrWhiteSpace(body.Property) && !codes.TryGetValue(body.Property, out var found))
        {
            errors.Add("property", $"Unknown property '{body.Property}'.");
        }
        else if (!string.IsNullOrWhiteSpace(body.Property))
        {
            propertyId = codes[body.Property];
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var department = new Department
        {
            Id = id ?? Guid.NewGuid(), Name = body.Name ?? "", PropertyId = propertyId, Function = function!.Value, HeadStaffId = body.HeadStaffId,
            CalendarCode = string.IsNullOrWhiteSpace(body.Calendar) ? null : body.Calendar,
        };
        var problems = await edit.Admin.SaveDepartmentAsync(department, http.User.ToScope());
        if (Invalid(errors, problems, edit) is { } invalid)
        {
            return invalid;
        }

        var json = ToJson(department, codes.ToDictionary(c => c.Value, c => c.Key));
        return id is null ? TypedResults.Created($"/api/v1/departments/{department.Id}", json) : TypedResults.Ok(json);
    }

    private static async Task<Results<Created<StaffJson>, Ok<StaffJson>, ValidationProblem, NotFound>> SaveStaff(Guid? id, StaffBody body,
        HttpContext http, Editing edit)
    {
        var existing = id is { } known ? await edit.Db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Id == known) : null;
        if (id is not null && existing is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new FieldErrors();
        var role = CreateCaseRequest.ParseEnum<StaffRole>("role", body.Role, errors);
        var authority = CreateCaseRequest.ParseEnum<AuthorityLevel>("authority", body.Authority, errors);
        var codes = await edit.Db.Properties.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.Id);
        var unknown = (body.Properties ?? []).Where(c => c is null || !codes.ContainsKey(c)).ToList();
        if (unknown.Any(c => c is null))
        {
            errors.Add("properties", "A property code may not be null.");
        }
        else if (unknown.Count > 0)
        {
            errors.Add("properties", $"Unknown properties: {string.Join(", ", unknown)}.");
        }

        if (body.DepartmentId is { } department && !await edit.Db.Departments.AnyAsync(d => d.Id == department))
        {
            errors.Add("departmentId", "Unknown department.");
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var member = existing is null ? OrganisationAdmin.NewStaff() : OrganisationAdmin.Copy(existing);
        (member.UserName, member.DisplayName, member.Role, member.Authority) = (body.UserName ?? "", body.DisplayName ?? "", role!.Value, authority!.Value);
        (member.DepartmentId, member.Email, member.AllProperties) = (body.DepartmentId, body.Email, body.AllProperties ?? false);
        (member.PropertyIds, member.Active) = ([.. (body.Properties ?? []).Select(c => codes[c!]).Distinct()], body.Active ?? true);
        var problems = await edit.Admin.SaveStaffAsync(member, body.Password, http.User.ToScope());
        if (Invalid(errors, problems, edit) is { } invalid)
        {
            return invalid;
        }

        var json = ToJson(member, codes.ToDictionary(c => c.Value, c => c.Key));
        return existing is null ? TypedResults.Created($"/api/v1/staff/{member.Id}", json) : TypedResults.Ok(json);
    }

    /// <summary>The service's field errors (resource keys) as a validation problem, in English like the rest of the API.</summary>
    private static ValidationProblem? Invalid(FieldErrors errors, Dictionary<string, string> problems, Editing edit)
    {
        if (problems.Count == 0 && !errors.Any)
        {
            return null;
        }

        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        try
        {
            foreach (var (field, key) in problems)
            {
                errors.TryAdd(field, edit.Texts[key].Value);
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }

        return TypedResults.ValidationProblem(errors);
    }

    private static DepartmentJson ToJson(Department d, IReadOnlyDictionary<Guid, string> codes) =>
        new(d.Id, d.Name, d.PropertyId is { } p ? codes.GetValueOrDefault(p) : null, d.Function, d.HeadStaffId, d.CalendarCode);

    private static StaffJson ToJson(StaffMember s, IReadOnlyDictionary<Guid, string> codes) =>
        new(s.Id, s.UserName, s.DisplayName, s.Role, s.Authority, s.DepartmentId, s.Email, s.AllProperties,
            [.. s.PropertyIds.Select(p => codes.GetValueOrDefault(p, "?"))], s.Active);
}
