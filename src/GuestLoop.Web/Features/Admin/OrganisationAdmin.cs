using GuestLoop.Domain.Customers;
using GuestLoop.Domain.Organisation;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using GuestLoop.Web.Features.Organisation;
using GuestLoop.Web.Features.Sla;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Admin;

/// <summary>
/// The administrator's edits of properties, departments and staff: validated before anything is saved, audited
/// with their before and after state in the same transaction. One service behind the admin pages and the organisation
/// API: only administrators edit, and only within the properties they see themselves.
/// </summary>
public sealed class OrganisationAdmin(GuestLoopDbContext db, AuditLog audit, SlaAdministration sla, StaffUserManager users)
{
    public Task<List<Property>> PropertiesAsync() => db.Properties.AsNoTracking().OrderBy(p => p.Code).ToListAsync();

    public Task<List<Department>> DepartmentsAsync() => db.Departments.AsNoTracking().OrderBy(d => d.PropertyId).ThenBy(d => d.Name).ToListAsync();

    public Task<List<StaffMember>> StaffAsync() => db.Staff.AsNoTracking().OrderBy(s => s.UserName).ToListAsync();

    /// <summary>The calendars to choose from, by name (the code is what a property stores).</summary>
    public Task<List<NamedCode>> CalendarsAsync() =>
        db.Calendars.AsNoTracking().OrderBy(c => c.Name).ThenBy(c => c.Code).Select(c => new NamedCode(c.Code, c.Name)).ToListAsync();

    public Task<List<NamedCode>> PoliciesAsync() =>
        db.Policies.AsNoTracking().OrderBy(p => p.Name).ThenBy(p => p.Code).Select(p => new NamedCode(p.Code, p.Name)).ToListAsync();

    public async Task<Dictionary<string, string>> SavePropertyAsync(Property edited, AccessScope actor)
    {
        actor.RequireAdministrator(OnlyAdministrators);
        if (!actor.AllProperties && !actor.CanSee(edited.Id))
        {
            throw new PrivacyDeniedException("Only administrators of every property add properties, and others edit only their own.");
        }

        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(edited.Code) || edited.Code.Length > 40 || !edited.Code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            errors["code"] = "Admin.Error.Code";
        }
        else if (await db.Properties.AnyAsync(p => p.Code == edited.Code && p.Id != edited.Id))
        {
            errors["code"] = "Admin.Error.CodeTaken";
        }

        if (string.IsNullOrWhiteSpace(edited.Name))
        {
            errors["name"] = "Admin.Error.Required";
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(edited.TimeZoneId, out _))
        {
            errors["timeZoneId"] = "Admin.Error.TimeZone";
        }

        if (!await db.Calendars.AnyAsync(c => c.Code == edited.CalendarCode))
        {
            errors["calendarCode"] = "Admin.Error.Required";
        }

        if (!await db.Policies.AnyAsync(p => p.Code == edited.PolicyCode))
        {
            errors["policyCode"] = "Admin.Error.Required";
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        await using var tx = await db.Database.BeginTransactionAsync();
        var existing = await db.Properties.SingleOrDefaultAsync(p => p.Id == edited.Id);
        var before = existing is null ? null : Snapshot(existing);
        if (existing is null)
        {
            edited.EnterpriseId = await db.Enterprises.Select(e => e.Id).FirstAsync();
            db.Properties.Add(edited);
        }
        else
        {
            db.Entry(existing).CurrentValues.SetValues(edited);
        }

        audit.Append(actor, existing is null ? "property.create" : "property.update", "property", edited.Code, before, Snapshot(edited));
        await db.SaveChangesAsync();
        if (before is not null && (before.CalendarCode != edited.CalendarCode || before.PolicyCode != edited.PolicyCode))
        {
            await sla.RecomputePropertyAsync(edited.Id, CancellationToken.None);
        }

        await tx.CommitAsync();
        return errors;
    }

    public async Task<Dictionary<string, string>> SaveDepartmentAsync(Department edited, AccessScope actor)
    {
        actor.RequireAdministrator(OnlyAdministrators);
        var before = await db.Departments.AsNoTracking().Where(d => d.Id == edited.Id).Select(d => new { d.PropertyId }).SingleOrDefaultAsync();
        if (!Sees(actor, edited.PropertyId) || before is not null && !Sees(actor, before.PropertyId))
        {
            throw new PrivacyDeniedException("A department is set up by an administrator of its property (of every property for the enterprise's own).");
        }

        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(edited.Name))
        {
            errors["name"] = "Admin.Error.Required";
        }

        if (edited.CalendarCode is { } calendar && !await db.Calendars.AnyAsync(c => c.Code == calendar))
        {
            errors["calendarCode"] = "Admin.Error.Required";
        }

        if (edited.PropertyId is { } property && !await db.Properties.AnyAsync(p => p.Id == property))
        {
            errors["propertyId"] = "Admin.Error.Required";
        }

        if (edited.HeadStaffId is { } head && !await db.Staff.AnyAsync(s => s.Id == head))
        {
            errors["headStaffId"] = "Admin.Error.Required";
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var existing = await db.Departments.SingleOrDefaultAsync(d => d.Id == edited.Id);
        var snapshot = existing is null ? null : new { existing.Name, existing.PropertyId, existing.Function, existing.HeadStaffId, existing.CalendarCode };
        if (existing is null)
        {
            db.Departments.Add(edited);
        }
        else
        {
            db.Entry(existing).CurrentValues.SetValues(edited);
        }

        audit.Append(actor, existing is null ? "department.create" : "department.update", "department", edited.Id.ToString(), snapshot,
            new { edited.Name, edited.PropertyId, edited.Function, edited.HeadStaffId, edited.CalendarCode });
        await db.SaveChangesAsync();
        if (snapshot is not null && (snapshot.CalendarCode != edited.CalendarCode || snapshot.HeadStaffId != edited.HeadStaffId))
        {
            // Another duty calendar or head changes when and to whom the department's notices go: the escalation scan
            // looks at its open deadlines again on its next pass instead of at the instants it kept.
            await db.CaseDeadlines.Where(d => d.MetAt == null && db.Cases.Any(c => c.Id == d.CaseId && c.DepartmentId == edited.Id))
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.NextNoticeAt, (DateTimeOffset?)null));
        }

        return errors;
    }

    public async Task<Dictionary<string, string>> SaveStaffAsync(StaffMember edited, string? newPassword, AccessScope actor)
    {
        actor.RequireAdministrator(OnlyAdministrators);
        var current = await db.Staff.AsNoTracking().Where(s => s.Id == edited.Id).Select(s => new { s.AllProperties, s.PropertyIds }).SingleOrDefaultAsync();
        if (!actor.AllProperties && (edited.AllProperties || edited.PropertyIds.Any(p => !actor.CanSee(p))
            || current is not null && (current.AllProperties || current.PropertyIds.Any(p => !actor.CanSee(p)))))
        {
            throw new PrivacyDeniedException("An administrator grants only the properties they see themselves.");
        }

        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(edited.UserName) || edited.UserName.Length > 100)
        {
            errors["userName"] = "Admin.Error.Required";
        }
        else if (await db.Staff.AnyAsync(s => s.UserName == edited.UserName && s.Id != edited.Id))
        {
            errors["userName"] = "Admin.Error.UserNameTaken";
        }

        if (string.IsNullOrWhiteSpace(edited.DisplayName))
        {
            errors["displayName"] = "Admin.Error.Required";
        }

        if (!string.IsNullOrWhiteSpace(edited.Email) && !ContactRules.IsPlausibleEmail(edited.Email))
        {
            errors["email"] = "Admin.Error.Email";
        }

        var existing = await db.Staff.SingleOrDefaultAsync(s => s.Id == edited.Id);
        if (existing is null && string.IsNullOrEmpty(newPassword) || !string.IsNullOrEmpty(newPassword) && !await PasswordAllowedAsync(edited, newPassword))
        {
            errors["password"] = "Admin.Error.Password";
        }

        if (!edited.AllProperties && edited.PropertyIds.Count == 0)
        {
            errors["propertyIds"] = "Admin.Error.Properties";
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        // The sign-in state is the person's own; the edit form never carries it.
        if (existing is not null)
        {
            (edited.PasswordHash, edited.SecurityStamp, edited.AccessFailedCount, edited.LockoutEnd) =
                (existing.PasswordHash, existing.SecurityStamp, existing.AccessFailedCount, existing.LockoutEnd);
            (edited.TwoFactorEnabled, edited.AuthenticatorKey, edited.RecoveryCodeHashes) =
                (existing.TwoFactorEnabled, existing.AuthenticatorKey, existing.RecoveryCodeHashes);
        }

        if (!string.IsNullOrEmpty(newPassword))
        {
            // A new password, a new stamp: every session of the person ends.
            edited.PasswordHash = users.PasswordHasher.HashPassword(edited, newPassword);
            edited.SecurityStamp = StaffUserManager.NewSecurityStamp();
            edited.LockoutEnd = null;
            edited.AccessFailedCount = 0;
        }
        else if (existing is not null && !edited.Active && existing.Active)
        {
            edited.SecurityStamp = StaffUserManager.NewSecurityStamp();
        }

        var before = existing is null ? null : Snapshot(existing);
        if (existing is null)
        {
            db.Staff.Add(edited);
        }
        else
        {
            db.Entry(existing).CurrentValues.SetValues(edited);
            existing.PropertyIds = [.. edited.PropertyIds];
        }

        // The password itself is never written to the log; that it changed is.
        audit.Append(actor, existing is null ? "staff.create" : "staff.update", "staff", edited.UserName, before,
            Snapshot(edited) with { PasswordChanged = !string.IsNullOrEmpty(newPassword) });
        await db.SaveChangesAsync();
        return errors;
    }

    /// <summary>
    /// For someone who lost both the authenticator and the recovery codes: two-factor off, key and codes gone, every
    /// session ended. They set it up again themselves (and must, if they are an administrator and the enterprise says so).
    /// </summary>
    public async Task ResetTwoFactorAsync(Guid staffId, AccessScope actor)
    {
        actor.RequireAdministrator("Only administrators reset another person's two-factor.");
        var staff = await db.Staff.SingleAsync(s => s.Id == staffId);
        var before = new { twoFactor = staff.TwoFactorEnabled };
        (staff.TwoFactorEnabled, staff.AuthenticatorKey, staff.RecoveryCodeHashes) = (false, null, null);
        staff.SecurityStamp = StaffUserManager.NewSecurityStamp();
        audit.Append(actor, "two-factor.reset", "staff", staff.UserName, before, new { twoFactor = false });
        await db.SaveChangesAsync();
    }

    private const string OnlyAdministrators = "Only administrators edit properties, departments and staff.";

    /// <summary>A property the actor sees, or (for no property) the whole enterprise, which only those who see every property may touch.</summary>
    private static bool Sees(AccessScope actor, Guid? propertyId) => propertyId is { } p ? actor.CanSee(p) : actor.AllProperties;

    private async Task<bool> PasswordAllowedAsync(StaffMember staff, string password)
    {
        foreach (var validator in users.PasswordValidators)
        {
            if (!(await validator.ValidateAsync(users, staff, password)).Succeeded)
            {
                return false;
            }
        }

        return true;
    }

    public static StaffMember Copy(StaffMember s) => new()
    {
        Id = s.Id, UserName = s.UserName, DisplayName = s.DisplayName, PasswordHash = s.PasswordHash, Role = s.Role,
        Authority = s.Authority, DepartmentId = s.DepartmentId, Email = s.Email, Skills = s.Skills, AllProperties = s.AllProperties,
        PropertyIds = [.. s.PropertyIds], Active = s.Active, TwoFactorEnabled = s.TwoFactorEnabled,
    };

    public static StaffMember NewStaff() => new() { UserName = "", DisplayName = "", Role = StaffRole.Agent, Authority = AuthorityLevel.None };

    private static PropertySnapshot Snapshot(Property p) => new(p.Code, p.Name, p.Type, p.TimeZoneId, p.CalendarCode, p.PolicyCode, !p.PublicFeedbackClosed);

    private static StaffSnapshot Snapshot(StaffMember s) =>
        new(s.UserName, s.DisplayName, s.Role, s.Authority, s.DepartmentId, s.Email, s.AllProperties, [.. s.PropertyIds], s.Active, false);

    private sealed record PropertySnapshot(string Code, string Name, PropertyType Type, string TimeZoneId, string CalendarCode, string PolicyCode,
        bool PublicFeedback);

    private sealed record StaffSnapshot(string UserName, string DisplayName, StaffRole Role, AuthorityLevel Authority, Guid? DepartmentId,
        string? Email, bool AllProperties, List<Guid> PropertyIds, bool Active, bool PasswordChanged);
}

/// <summary>A calendar or policy as an administrator picks it: by its name, with the code it is stored under.</summary>
public sealed record NamedCode(string Code, string Name);
