namespace GuestLoop.Domain.Intake;

/// <summary>The case fields a column of an imported file can fill.</summary>
public enum ImportField
{
    Title,
    Description,
    Kind,
    Channel,
    Category,
    Severity,
    OccurredAt,
    ReceivedAt,
    CustomerName,
    CustomerPhone,
    CustomerEmail,
    Demands,
    Place,
    ExternalRef,
}
