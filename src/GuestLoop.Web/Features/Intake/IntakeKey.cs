namespace GuestLoop.Web.Features.Intake;

/// <summary>
/// What made a case from outside, so the same thing sent again finds it instead of creating another:
/// scope <c>integration:{id}</c> with the platform's external reference, or <c>property:{id}</c> with an
/// imported row's reference or hash.
/// </summary>
public sealed class IntakeKey
{
    public required string Scope { get; set; }
    public required string Key { get; set; }
    public Guid CaseId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public static string ForIntegration(Guid integrationId) => $"integration:{integrationId:N}";

    public static string ForProperty(Guid propertyId) => $"property:{propertyId:N}";
}
