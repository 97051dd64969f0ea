using System.Security.Claims;
using GuestLoop.Domain.Organisation;
using GuestLoop.Web.Features.Organisation;

namespace GuestLoop.Web.Features.Account;

/// <summary>The claims GuestLoop puts on a signed-in staff member or an API key, and reads back as an <see cref="AccessScope"/>.</summary>
public static class StaffClaims
{
    public const string StaffId = "gl:staff";
    public const string Authority = "gl:authority";
    public const string Department = "gl:department";
    public const string Property = "gl:property";
    public const string AllProperties = "gl:all-properties";
    public const string Admin = "gl:admin";
    public const string UserName = "gl:username";

    /// <summary>An administrator who must set up two-factor before reaching the workspace.</summary>
    public const string TwoFactorDue = "gl:two-factor-due";

    public static List<Claim> For(StaffMember staff)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, staff.Id.ToString()),
            new(ClaimTypes.Name, staff.DisplayName),
            new(UserName, staff.UserName),
            new(ClaimTypes.Role, staff.Role.ToString()),
            new(StaffId, staff.Id.ToString()),
            new(Authority, staff.Authority.ToString()),
        };
        if (staff.DepartmentId is { } dept)
        {
            claims.Add(new Claim(Department, dept.ToString()));
        }

        if (staff.AllProperties)
        {
            claims.Add(new Claim(AllProperties, "true"));
        }

        claims.AddRange(staff.PropertyIds.Select(p => new Claim(Property, p.ToString())));
        if (staff.Role == StaffRole.Administrator)
        {
            claims.Add(new Claim(Admin, "true"));
        }

        return claims;
    }

    public static AccessScope ToScope(this ClaimsPrincipal user)
    {
        Guid? Id(string type) => Guid.TryParse(user.FindFirstValue(type), out var g) ? g : null;
        var authority = Enum.TryParse<AuthorityLevel>(user.FindFirstValue(Authority), out var a) ? a : AuthorityLevel.None;
        return new AccessScope(
            Id(StaffId),
            user.Identity?.Name ?? "anonymous",
            authority,
            Id(Department),
            user.HasClaim(AllProperties, "true"),
            user.FindAll(Property).Select(c => Guid.Parse(c.Value)).ToHashSet(),
            user.HasClaim(Admin, "true"));
    }
}
