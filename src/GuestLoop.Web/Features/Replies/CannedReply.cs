using GuestLoop.Domain.Cases;

namespace GuestLoop.Web.Features.Replies;

/// <summary>
/// A reply written once and inserted into any case's reply with its placeholders filled (<see cref="GuestLoop.Domain.Replies.CannedReplyText"/>).
/// Personal ones are their owner's; a shared one is seen by everyone whose scope covers its property (without a
/// property, by staff who see every property) and kept by the service-quality managers. It is offered on cases of its
/// kind and category; without them, on every case.
/// </summary>
public sealed class CannedReply
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Name { get; set; } = string.Empty;
    public string Body { get; set; } = string.Empty;

    /// <summary>The language it is written in: zh-CN or en.</summary>
    public string Language { get; set; } = "zh-CN";

    public CaseKind? Kind { get; set; }
    public Category? Category { get; set; }
    public bool Shared { get; set; }
    public Guid? PropertyId { get; set; }
    public Guid OwnerId { get; set; }
    public string OwnerName { get; set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
