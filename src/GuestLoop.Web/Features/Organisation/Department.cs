using GuestLoop.Domain.Organisation;

namespace GuestLoop.Web.Features.Organisation;

/// <summary>A department of a property, or of the whole enterprise when <see cref="PropertyId"/> is empty.</summary>
public sealed class Department
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid? PropertyId { get; set; }
    public required string Name { get; set; }
    public DepartmentFunction Function { get; set; }
    public Guid? HeadStaffId { get; set; }

    /// <summary>The hours the department is on duty (a front desk on <c>24x7</c>); empty means the property's calendar.</summary>
    public string? CalendarCode { get; set; }
}
