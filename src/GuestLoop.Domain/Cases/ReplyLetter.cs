namespace GuestLoop.Domain.Cases;

/// <summary>
/// The letter that goes to the guest: the case's latest reply. A written reply states the findings, the measures and
/// their effect, thanks and apology; an interim one the reason and the date the guest can expect the matter settled.
/// </summary>
public sealed record ReplyLetter(string CaseNumber, string? Guest, bool Interim, string Text, DateOnly? ExpectedBy, DateTimeOffset RepliedAt)
{
    public static ReplyLetter For(Case @case)
    {
        var reply = @case.Replies.OrderBy(r => r.At).LastOrDefault()
            ?? throw CaseValidationException.For("reply", "There is no reply on this case yet.");
        var guest = string.IsNullOrWhiteSpace(@case.Complainant.Name) ? null : @case.Complainant.Name.Trim();
        return new ReplyLetter(@case.Number, guest, reply.Interim, reply.Text, reply.Interim ? reply.ExpectedBy : null, reply.At);
    }
}
