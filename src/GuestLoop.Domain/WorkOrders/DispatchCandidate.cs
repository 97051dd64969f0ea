namespace GuestLoop.Domain.WorkOrders;

/// <summary>
/// A staff member as dispatch sees them: skills, rostered shifts, whether they are on duty now (signed in to the phone
/// view, not on a break), how many orders they hold open, and when they last got one.
/// </summary>
public sealed record DispatchCandidate(Guid StaffId, IReadOnlySet<string> Skills, IReadOnlyList<Shift> Shifts, bool Available, int OpenOrders,
    DateTimeOffset? LastAssignedAt);
