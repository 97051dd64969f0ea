namespace GuestLoop.Domain.Customers;

/// <summary>The personal data that is encrypted at rest, masked for most staff, and revealed only with a reason.</summary>
public enum SensitiveField
{
    Phone,
    Email,
    IdNumber,
    Address,
}
