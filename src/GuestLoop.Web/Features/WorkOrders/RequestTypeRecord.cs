using GuestLoop.Domain.WorkOrders;

namespace GuestLoop.Web.Features.WorkOrders;

/// <summary>One request type of a property's catalogue, as stored; a new work order copies its <see cref="RequestType"/>.</summary>
public sealed class RequestTypeRecord : IPropertyRow
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PropertyId { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public Guid DepartmentId { get; set; }
    public required string Skill { get; set; }
    public int ResponseMinutes { get; set; }
    public int CompletionMinutes { get; set; }
    public bool NeedsVerification { get; set; }

    /// <summary>A type no longer offered keeps its old orders; no new order takes it.</summary>
    public bool Active { get; set; } = true;

    public RequestType ToType() => new(Code, Name, DepartmentId, Skill, ResponseMinutes, CompletionMinutes, NeedsVerification);

    public void Set(RequestType type) =>
        (Code, Name, DepartmentId, Skill, ResponseMinutes, CompletionMinutes, NeedsVerification) =
        (type.Code, type.Name, type.DepartmentId, type.Skill, type.ResponseMinutes, type.CompletionMinutes, type.NeedsVerification);
}

/// <summary>One rostered shift of one staff member at one property.</summary>
public sealed class StaffShift : IPropertyRow
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid StaffId { get; set; }
    public Guid PropertyId { get; set; }
    public DateTimeOffset Start { get; set; }
    public DateTimeOffset End { get; set; }
}

/// <summary>Whether a staff member on shift takes new orders now (false: on a break, off the floor). No row: available.</summary>
public sealed class StaffWorkStatus
{
    public Guid StaffId { get; set; }
    public bool Available { get; set; } = true;
    public DateTimeOffset ChangedAt { get; set; }
}
