namespace GuestLoop.Web.Features.Analytics;

/// <summary>An enterprise's own risk words, one a line; without a row the built-in list applies.</summary>
public sealed class RiskWordList
{
    public Guid EnterpriseId { get; set; }
    public string Words { get; set; } = string.Empty;
    public DateTimeOffset UpdatedAt { get; set; }
}
