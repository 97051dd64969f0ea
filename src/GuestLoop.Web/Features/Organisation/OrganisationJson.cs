using GuestLoop.Domain.Organisation;

namespace GuestLoop.Web.Features.Organisation;

public sealed record PropertyJson(Guid Id, string Code, string Name, PropertyType Type, string TimeZone, string Calendar, string Policy,
    bool PublicFeedback)
{
    public static PropertyJson From(Property p) => new(p.Id, p.Code, p.Name, p.Type, p.TimeZoneId, p.CalendarCode, p.PolicyCode, !p.PublicFeedbackClosed);
}

/// <param name="Property">The property's code; null for a department of the whole enterprise.</param>
/// <param name="Calendar">The duty calendar (24x7 for a front desk); null for the property's own.</param>
public sealed record DepartmentJson(Guid Id, string Name, string? Property, DepartmentFunction Function, Guid? HeadStaffId, string? Calendar);

/// <param name="Properties">Codes of the properties the person sees, when not all of them.</param>
public sealed record StaffJson(Guid Id, string UserName, string DisplayName, StaffRole Role, AuthorityLevel Authority, Guid? DepartmentId,
    string? Email, bool AllProperties, IReadOnlyList<string> Properties, bool Active);

/// <summary>A property as sent; publicFeedback (guests may choose it on /feedback) stays as it was when left out.</summary>
public sealed record PropertyBody(string? Code, string? Name, string? Type, string? TimeZone, string? Calendar, string? Policy, bool? PublicFeedback = null);

public sealed record DepartmentBody(string? Name, string? Property, string? Function, Guid? HeadStaffId, string? Calendar);

/// <param name="Password">Required for a new person; on an update, a new password ends every session of theirs.</param>
public sealed record StaffBody(string? UserName, string? DisplayName, string? Role, string? Authority, Guid? DepartmentId, string? Email,
    bool? AllProperties, IReadOnlyList<string>? Properties, bool? Active, string? Password);
