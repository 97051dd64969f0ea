namespace GuestLoop.Domain.Customers;

/// <summary>Needs that are served with priority (DESIGN §7); shown as a badge on every case of the guest.</summary>
[Flags]
public enum SpecialNeeds
{
    None = 0,
    Mobility = 1,
    Sight = 2,
    Hearing = 4,
    Elderly = 8,
}
