namespace GuestLoop.Domain.Cases;

/// <summary>The person who raised the case, as they gave themselves.</summary>
public sealed record Complainant(string? Name, string? Phone, string? Email, string? IdNumber = null)
{
    public static readonly Complainant Anonymous = new(null, null, null);
}
