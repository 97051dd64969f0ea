using GuestLoop.Domain;
using GuestLoop.Domain.Organisation;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Supervision;

/// <summary>
/// The supervision office (质检, 监督): staff of a service-quality department (服务质量管理部, the department
/// the standards charge with supervising complaint handling), staff with the Supervisor role, and administrators.
/// Reports and audit samples go to them only.
/// </summary>
public sealed class SupervisionOffice(GuestLoopDbContext db)
{
    public async Task<bool> IsMemberAsync(AccessScope scope, CancellationToken ct)
    {
        if (scope.IsAdministrator)
        {
            return true;
        }

        if (scope.StaffId is not { } id)
        {
            return false;
        }

        return await db.Staff.AsNoTracking().AnyAsync(s => s.Id == id && s.Active && (s.Role == StaffRole.Supervisor
            || db.Departments.Any(d => d.Id == s.DepartmentId && d.Function == DepartmentFunction.ServiceQuality)), ct);
    }

    /// <summary>Department and staff scores are for the office and for level 1.</summary>
    public async Task<bool> MaySeeScoresAsync(AccessScope scope, CancellationToken ct) =>
        scope.Authority == AuthorityLevel.Level1 || await IsMemberAsync(scope, ct);

    public async Task RequireMemberAsync(AccessScope scope, CancellationToken ct)
    {
        if (!await IsMemberAsync(scope, ct))
        {
            throw new NotInSupervisionOfficeException();
        }
    }
}

/// <summary>Only the supervision office may do this (HTTP 403).</summary>
public sealed class NotInSupervisionOfficeException() : DomainException(DomainErrorKind.Forbidden, "Only the supervision office may do this.");
