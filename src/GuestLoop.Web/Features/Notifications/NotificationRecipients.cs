using GuestLoop.Domain.Organisation;
using GuestLoop.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Notifications;

/// <summary>Who can be told about something: active staff, department heads, level 1 of a property. Read once per scan.</summary>
public sealed class NotificationRecipients
{
    private readonly Dictionary<Guid, Member> _staff;
    private readonly Dictionary<Guid, Guid?> _heads;

    private NotificationRecipients(Dictionary<Guid, Member> staff, Dictionary<Guid, Guid?> heads)
    {
        _staff = staff;
        _heads = heads;
    }

    private sealed record Member(Guid Id, AuthorityLevel Authority, bool AllProperties, List<Guid> PropertyIds, Guid? DepartmentId);

    public static async Task<NotificationRecipients> LoadAsync(GuestLoopDbContext db, CancellationToken ct)
    {
        var staff = (await db.Staff.AsNoTracking().Where(s => s.Active)
            .Select(s => new Member(s.Id, s.Authority, s.AllProperties, s.PropertyIds, s.DepartmentId)).ToListAsync(ct))
            .ToDictionary(s => s.Id);
        var heads = await db.Departments.AsNoTracking().Where(d => d.HeadStaffId != null).ToDictionaryAsync(d => d.Id, d => d.HeadStaffId, ct);
        return new NotificationRecipients(staff, heads);
    }

    /// <summary>The staff member if active.</summary>
    public bool IsActive(Guid? id) => id is { } s && _staff.ContainsKey(s);

    public Guid? DepartmentOf(Guid? staffId) => staffId is { } s && _staff.TryGetValue(s, out var m) ? m.DepartmentId : null;

    /// <summary>The active head of a department, if it has one.</summary>
    public Guid? HeadOf(Guid? departmentId) =>
        departmentId is { } d && _heads.TryGetValue(d, out var h) && h is { } head && _staff.ContainsKey(head) ? head : null;

    /// <summary>Active level-1 staff who see the property (or, for no property, those who see them all).</summary>
    public IReadOnlyList<Guid> LevelOne(Guid? propertyId) => AtLevel(AuthorityLevel.Level1, propertyId);

    /// <summary>Who supervises work of a department: its head, else the property's level-2 staff.</summary>
    public IReadOnlyList<Guid> SupervisorsOf(Guid? departmentId, Guid propertyId) =>
        HeadOf(departmentId) is { } head ? [head] : AtLevel(AuthorityLevel.Level2, propertyId);

    /// <summary>Active staff of exactly this authority who see the property (or, for no property, those who see them all).</summary>
    public IReadOnlyList<Guid> AtLevel(AuthorityLevel level, Guid? propertyId) => _staff.Values
        .Where(s => s.Authority == level && (s.AllProperties || propertyId is { } p && s.PropertyIds.Contains(p)))
        .Select(s => s.Id).Order().ToList();
}
