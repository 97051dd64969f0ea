using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Tests.Cases;

public sealed class CaseMergeTests
{
    private static Case Pair(out Case survivor, CaseKind kind = CaseKind.Complaint)
    {
        var property = Guid.NewGuid();
        survivor = Case.Receive(new NewCase(property, kind, Channel.Phone, "空调不制冷", "吹热风"), "C-1", "t1", Actor.Guest("张伟"), CaseBuilder.T0);
        return Case.Receive(new NewCase(property, kind, Channel.Email, "空调坏了", "吹热风"), "C-2", "t2", Actor.Guest("张伟"), CaseBuilder.T0.AddHours(2));
    }

    [Theory]
    [InlineData(CaseStatus.Received)]
    [InlineData(CaseStatus.Investigating)]
    [InlineData(CaseStatus.Executing)]
    [InlineData(CaseStatus.FollowUp)]
    public void An_open_complaint_merges_from_any_status_and_both_histories_record_it(CaseStatus status)
    {
        var duplicate = CaseBuilder.ComplaintAt(status);
        var survivor = Case.Receive(new NewCase(duplicate.PropertyId, CaseKind.Complaint, Channel.Phone, "x", "y"), "C-0", "t", Actor.Guest("g"), CaseBuilder.T0);
        var now = duplicate.History[^1].At.AddHours(1);

        duplicate.MergeInto(survivor, CaseBuilder.Manager, now);

        Assert.Equal((CaseStatus.Closed, survivor.Id, "C-0", now), (duplicate.Status, duplicate.MergedIntoId, duplicate.MergedIntoNumber, duplicate.ClosedAt));
        Assert.Equal((CaseAction.MergeInto, status.ToString(), "Closed"), (duplicate.History[^1].Action, duplicate.History[^1].Before, duplicate.History[^1].After));
        Assert.Equal((CaseAction.AbsorbDuplicate, duplicate.Number), (survivor.History[^1].Action, survivor.History[^1].Detail));
        Assert.Equal(CaseStatus.Received, survivor.Status);
    }

    [Fact]
    public void A_closed_case_cannot_be_merged_and_a_merged_case_cannot_be_reopened()
    {
        var closed = CaseBuilder.ComplaintAt(CaseStatus.Closed);
        var other = Case.Receive(new NewCase(closed.PropertyId, CaseKind.Complaint, Channel.Phone, "x", "y"), "C-0", "t", Actor.Guest("g"), CaseBuilder.T0);
        Assert.Throws<CaseTransitionException>(() => closed.MergeInto(other, CaseBuilder.Manager, CaseBuilder.T0.AddDays(3)));

        var duplicate = Pair(out var survivor);
        duplicate.MergeInto(survivor, CaseBuilder.Manager, CaseBuilder.T0.AddHours(3));

        Assert.Throws<CaseTransitionException>(() => duplicate.Reopen(CaseBuilder.Manager, CaseBuilder.T0.AddHours(4), "再看看"));
        Assert.DoesNotContain(CaseAction.Reopen, duplicate.AllowedActions(CaseBuilder.Manager));
        Assert.Throws<CaseValidationException>(() => Pair(out var s2).MergeInto(duplicate, CaseBuilder.Manager, CaseBuilder.T0.AddHours(5)));
    }

    [Fact]
    public void Only_the_same_property_and_never_itself()
    {
        var duplicate = Pair(out _);
        var elsewhere = Case.Receive(new NewCase(Guid.NewGuid(), CaseKind.Complaint, Channel.Phone, "x", "y"), "C-9", "t", Actor.Guest("g"), CaseBuilder.T0);

        var cross = Assert.Throws<CaseValidationException>(() => duplicate.MergeInto(elsewhere, CaseBuilder.Manager, CaseBuilder.T0.AddHours(3)));
        Assert.Throws<CaseValidationException>(() => duplicate.MergeInto(duplicate, CaseBuilder.Manager, CaseBuilder.T0.AddHours(3)));
        Assert.True(cross.Errors.ContainsKey("into"));
        Assert.Equal(CaseStatus.Received, duplicate.Status);
    }

    [Fact]
    public void Merging_a_complaint_needs_the_authority_to_close_it_but_a_suggestion_does_not()
    {
        var complaint = Pair(out var survivor);
        Assert.Throws<AuthorityException>(() => complaint.MergeInto(survivor, CaseBuilder.Clerk, CaseBuilder.T0.AddHours(3)));
        Assert.Null(complaint.MergedIntoId);

        var suggestion = Pair(out var other, CaseKind.Suggestion);
        suggestion.MergeInto(other, CaseBuilder.Clerk, CaseBuilder.T0.AddHours(3));
        Assert.Equal(CaseStatus.Closed, suggestion.Status);
    }

    [Fact]
    public void Merging_is_not_offered_as_a_plain_step()
    {
        var duplicate = Pair(out _);
        Assert.DoesNotContain(CaseAction.MergeInto, duplicate.AllowedActions(CaseBuilder.Manager));
        Assert.Equal(CaseStatus.Closed, CaseLifecycle.Next(CaseKind.Inquiry, CaseStatus.Replied, CaseAction.MergeInto));
        Assert.Null(CaseLifecycle.Next(CaseKind.Inquiry, CaseStatus.Closed, CaseAction.MergeInto));
    }
}
