namespace GuestLoop.Domain.Customers;

/// <summary>What personal data may be used for; each is granted or withdrawn on its own (PIPL art. 14).</summary>
public enum ConsentPurpose
{
    Service,
    Marketing,
    Surveys,
}

/// <summary>The guest's latest word on one purpose.</summary>
public sealed record GuestConsent(ConsentPurpose Purpose, bool Granted, DateTimeOffset RecordedAt, string? Source);
