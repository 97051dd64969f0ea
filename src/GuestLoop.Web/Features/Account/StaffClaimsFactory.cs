using System.Security.Claims;
using GuestLoop.Domain.Organisation;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Organisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GuestLoop.Web.Features.Account;

/// <summary>
/// The signed-in principal: the same <see cref="StaffClaims"/> as always (so <see cref="AccessScope"/> reads it unchanged),
/// the security stamp that ends the session when it changes, and a mark when an administrator still has to set up two-factor.
/// </summary>
public sealed class StaffClaimsFactory(GuestLoopDbContext db, IOptions<IdentityOptions> options) : IUserClaimsPrincipalFactory<StaffMember>
{
    public async Task<ClaimsPrincipal> CreateAsync(StaffMember user)
    {
        var claims = StaffClaims.For(user);
        claims.Add(new Claim(options.Value.ClaimsIdentity.SecurityStampClaimType, user.SecurityStamp));
        if (user.Role == StaffRole.Administrator && !user.TwoFactorEnabled
            && await db.Enterprises.AsNoTracking().AnyAsync(e => e.AdministratorsNeedTwoFactor))
        {
            claims.Add(new Claim(StaffClaims.TwoFactorDue, "true"));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, IdentityConstants.ApplicationScheme, ClaimTypes.Name, ClaimTypes.Role));
    }
}
