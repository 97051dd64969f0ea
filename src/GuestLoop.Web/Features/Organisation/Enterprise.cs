namespace GuestLoop.Web.Features.Organisation;

public sealed class Enterprise
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
}
