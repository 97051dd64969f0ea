namespace GuestLoop.Web.Features.Intake;

/// <summary>
/// A signature already accepted. Its unique index makes every app instance refuse the same signed body twice;
/// a row is useless once its timestamp is outside the tolerance, so it expires then and is deleted.
/// </summary>
public sealed class WebhookReceipt
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid IntegrationId { get; set; }
    public required string Signature { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}
