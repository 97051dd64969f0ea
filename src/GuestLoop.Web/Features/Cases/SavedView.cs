namespace GuestLoop.Web.Features.Cases;

/// <summary>
/// A named inbox: its filters and order as the inbox's query string. Personal views are their owner's; a shared view is
/// seen by everyone whose scope covers its property (or, without a property, by staff who see every property).
/// </summary>
public sealed class SavedView
{
    public const int NameMax = 100;
    public const int QueryMax = 2000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public string Name { get; set; } = string.Empty;
    public Guid OwnerId { get; set; }
    public string OwnerName { get; set; } = string.Empty;
    public bool Shared { get; set; }
    public Guid? PropertyId { get; set; }

    /// <summary>The inbox's query string without the leading '?', e.g. <c>view=overdue&amp;sort=urgency</c>.</summary>
    public string Query { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
