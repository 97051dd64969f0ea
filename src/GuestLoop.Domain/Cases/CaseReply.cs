namespace GuestLoop.Domain.Cases;

/// <summary>A written reply to the guest (书面反馈); interim replies carry the reason and the expected date.</summary>
public sealed class CaseReply
{
    private CaseReply()
    {
        Text = string.Empty;
        AuthorName = string.Empty;
    }

    public CaseReply(DateTimeOffset at, Guid? authorId, string authorName, string text, bool interim, DateOnly? expectedBy)
    {
        Id = Guid.NewGuid();
        At = at;
        AuthorId = authorId;
        AuthorName = authorName;
        Text = text;
        Interim = interim;
        ExpectedBy = expectedBy;
    }

    public Guid Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public Guid? AuthorId { get; private set; }
    public string AuthorName { get; private set; }
    public string Text { get; private set; }
    public bool Interim { get; private set; }
    public DateOnly? ExpectedBy { get; private set; }
}
