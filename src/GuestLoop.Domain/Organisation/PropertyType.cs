namespace GuestLoop.Domain.Organisation;

public enum PropertyType
{
    Hotel,
    Scenic,
    Agency,
}
