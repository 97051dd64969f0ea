namespace GuestLoop.Web.Features.Organisation;

public sealed class Enterprise
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }

    /// <summary>Administrators must sign in with an authenticator code; one without it is sent to set it up first.</summary>
    public bool AdministratorsNeedTwoFactor { get; set; }
}
