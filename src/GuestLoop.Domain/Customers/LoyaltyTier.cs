namespace GuestLoop.Domain.Customers;

public enum LoyaltyTier
{
    None,
    Silver,
    Gold,
    Platinum,
}
