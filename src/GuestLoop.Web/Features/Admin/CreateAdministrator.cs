using GuestLoop.Domain.Organisation;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using GuestLoop.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Admin;

/// <summary>
/// The first administrator of an install without demo data (<c>--create-admin</c>): enterprise-wide, the highest authority,
/// saved through the staff page's own <see cref="OrganisationAdmin.SaveStaffAsync"/>, so its rules and audit apply. An
/// install with no enterprise gets one in the same save; when the staff member is refused, nothing is saved.
/// </summary>
public sealed class CreateAdministrator(GuestLoopDbContext db, OrganisationAdmin admin, AuditLog audit)
{
    /// <summary>The actor the audit log names for changes made with the app's command-line verbs.</summary>
    public static AccessScope CommandLine(string verb) =>
        new(null, $"command line ({verb})", AuthorityLevel.Level1, null, true, new HashSet<Guid>(), true);

    public async Task<Dictionary<string, string>> CreateAsync(string userName, string? email, string password, string enterpriseName)
    {
        var actor = CommandLine("--create-admin");
        if (!await db.Enterprises.AnyAsync())
        {
            var enterprise = new Enterprise { Name = enterpriseName };
            db.Enterprises.Add(enterprise);
            audit.Append(actor, "enterprise.create", "enterprise", enterprise.Id.ToString(), null, new { enterprise.Name });
        }

        var staff = OrganisationAdmin.NewStaff();
        (staff.UserName, staff.DisplayName, staff.Email) = (userName.Trim(), userName.Trim(), string.IsNullOrWhiteSpace(email) ? null : email.Trim());
        (staff.Role, staff.Authority, staff.AllProperties) = (StaffRole.Administrator, AuthorityLevel.Level1, true);
        var errors = await admin.SaveStaffAsync(staff, password, actor);
        if (errors.Count > 0)
        {
            // The enterprise and its audit entry were only pending; a refused administrator leaves the database as it was.
            db.ChangeTracker.Clear();
        }

        return errors;
    }
}
