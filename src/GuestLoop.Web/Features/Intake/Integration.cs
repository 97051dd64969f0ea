using GuestLoop.Domain.Intake;

namespace GuestLoop.Web.Features.Intake;

/// <summary>
/// A platform that sends cases in by webhook, for one property. The shared secret signs every call; it is shown
/// once when generated and kept encrypted with the application's data-protection keys, never in plain text.
/// </summary>
public sealed class Integration
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public IntegrationKind Kind { get; set; }
    public Guid PropertyId { get; set; }
    public required string ProtectedSecret { get; set; }
    public bool Enabled { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SecretRotatedAt { get; set; }
}
