namespace GuestLoop.Domain.Cases;

/// <summary>What the case is about: a service, a facility, or management.</summary>
public enum CaseObject
{
    Service,
    Facility,
    Management,
}
