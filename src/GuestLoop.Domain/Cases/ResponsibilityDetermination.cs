namespace GuestLoop.Domain.Cases;

/// <summary>责任判定, recorded with the investigation (DESIGN §3).</summary>
public sealed record ResponsibilityDetermination(
    bool WithinScope,
    bool ComplaintTrue,
    bool EnterpriseAtFault,
    bool TouchesLawfulRights,
    bool HandlingCompliant,
    string? ResponsibleDepartments,
    string? ResponsibleStaff);
