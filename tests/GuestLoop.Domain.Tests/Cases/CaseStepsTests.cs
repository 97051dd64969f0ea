using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Tests.Cases;

public class CaseStepsTests
{
    [Fact]
    public void An_unsatisfied_follow_up_reopens_the_complaint_to_investigation()
    {
        var c = CaseBuilder.ComplaintAt(CaseStatus.Replied);

        c.Do(CaseAction.RecordFollowUp, satisfaction: 2);

        Assert.Equal(CaseStatus.Investigating, c.Status);
        Assert.Equal(1, c.ReopenCount);
        Assert.Equal(CaseAction.Reopen, c.History[^1].Action);
        Assert.Equal(c.History[^1].At, c.CycleStartedAt);
    }

    [Fact]
    public void A_satisfied_follow_up_moves_on_to_closure()
    {
        var c = CaseBuilder.ComplaintAt(CaseStatus.Replied);

        c.Do(CaseAction.RecordFollowUp, satisfaction: 3);

        Assert.Equal(CaseStatus.FollowUp, c.Status);
        Assert.True(c.FollowUp!.Satisfied);
    }

    [Fact]
    public void Pause_and_resume_are_recorded_and_a_second_pause_is_refused()
    {
        var c = CaseBuilder.ComplaintAt(CaseStatus.Investigating);

        c.Do(CaseAction.Pause);
        Assert.True(c.IsPaused);
        Assert.Throws<CaseTransitionException>(() => c.Do(CaseAction.Pause));
        c.Do(CaseAction.Resume);

        Assert.False(c.IsPaused);
        var pause = Assert.Single(c.Pauses);
        Assert.NotNull(pause.End);
        Assert.Equal([CaseAction.Pause, CaseAction.Resume], c.History.TakeLast(2).Select(h => h.Action));
        Assert.Throws<CaseTransitionException>(() => c.Do(CaseAction.Resume));
    }

    [Fact]
    public void Progress_on_a_paused_case_ends_the_pause_first()
    {
        var c = CaseBuilder.ComplaintAt(CaseStatus.Investigating);
        c.Do(CaseAction.Pause);

        c.Do(CaseAction.ProposePlan);

        Assert.False(c.IsPaused);
        Assert.Equal([CaseAction.Resume, CaseAction.ProposePlan], c.History.TakeLast(2).Select(h => h.Action));
    }

    [Fact]
    public void Transitions_record_before_and_after_status_and_the_actor()
    {
        var c = CaseBuilder.New();

        c.Do(CaseAction.Triage, CaseBuilder.Clerk, Severity.Major);

        var e = c.History[^1];
        Assert.Equal(CaseAction.Triage, e.Action);
        Assert.Equal("Received", e.Before);
        Assert.Equal("Triaged", e.After);
        Assert.Equal(CaseBuilder.Clerk.StaffId, e.ActorId);
        Assert.Equal("clerk", e.ActorName);
        Assert.Equal(Severity.Major, c.Severity);
        Assert.Equal(Category.Hygiene, c.Category);
    }

    [Fact]
    public void Edits_record_each_changed_field_with_old_and_new_value()
    {
        var c = CaseBuilder.New();

        c.Edit(CaseBuilder.Clerk, CaseBuilder.T0.AddHours(1), "房间卫生差", c.Description, "换房", c.Place, c.OccurredAt);

        var edits = c.History.Where(h => h.Action == CaseAction.Edit).ToList();
        Assert.Equal(["title", "demands"], edits.Select(e => e.Detail));
        Assert.Equal("房间不干净", edits[0].Before);
        Assert.Equal("房间卫生差", edits[0].After);
        Assert.Null(edits[1].Before);
    }

    [Theory]
    [InlineData("", "x", "title")]
    [InlineData("t", " ", "description")]
    public void A_case_needs_a_title_and_a_description(string title, string description, string field)
    {
        var error = Assert.Throws<CaseValidationException>(() =>
            Case.Receive(new NewCase(Guid.NewGuid(), CaseKind.Complaint, Channel.Phone, title, description), "N", "t", Actor.System, CaseBuilder.T0));

        Assert.Contains(field, error.Errors.Keys);
    }

    [Fact]
    public void A_title_over_the_limit_and_an_occurrence_after_receipt_are_refused()
    {
        var errors = new NewCase(Guid.NewGuid(), CaseKind.Complaint, Channel.Phone, new string('长', Case.TitleMax + 1), "d",
            OccurredAt: CaseBuilder.T0.AddDays(1), ReceivedAt: CaseBuilder.T0).Validate(CaseBuilder.T0.AddDays(2));

        Assert.Equal(["occurredAt", "title"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Triage_needs_a_category_and_assessment_within_its_scale()
    {
        var c = CaseBuilder.New();

        Assert.Throws<CaseValidationException>(() =>
            c.Triage(CaseBuilder.Clerk, CaseBuilder.T0, Category.Unclassified, Severity.General, null, Assessment.Default, false));
        var error = Assert.Throws<CaseValidationException>(() =>
            c.Triage(CaseBuilder.Clerk, CaseBuilder.T0, Category.Price, Severity.General, null, new Assessment(1, 4, 1), false));

        Assert.Contains("assessment.difficulty", error.Errors.Keys);
        Assert.Equal(CaseStatus.Received, c.Status);
        Assert.Single(c.History);
    }

    [Fact]
    public void Interim_reply_keeps_the_status_and_is_public()
    {
        var c = CaseBuilder.ComplaintAt(CaseStatus.Investigating);

        c.Do(CaseAction.InterimReply);

        Assert.Equal(CaseStatus.Investigating, c.Status);
        var reply = Assert.Single(c.Replies);
        Assert.True(reply.Interim);
        Assert.Equal(new DateOnly(2026, 3, 10), reply.ExpectedBy);
        Assert.True(c.History[^1].IsPublic);
    }

    [Fact]
    public void Allowed_actions_offer_the_next_step_and_the_side_steps()
    {
        var c = CaseBuilder.ComplaintAt(CaseStatus.PlanProposed, Severity.Major);

        var forClerk = c.AllowedActions(CaseBuilder.Clerk);
        var forManager = c.AllowedActions(CaseBuilder.Manager);

        Assert.DoesNotContain(CaseAction.ApprovePlan, forClerk);
        Assert.Contains(CaseAction.ApprovePlan, forManager);
        Assert.Contains(CaseAction.RejectPlan, forManager);
        Assert.Contains(CaseAction.Pause, forClerk);
        Assert.Contains(CaseAction.AddNote, forClerk);
        Assert.DoesNotContain(CaseAction.Reply, forManager);
        Assert.DoesNotContain(CaseAction.Resume, forManager);
    }

    [Fact]
    public void A_closed_case_takes_only_notes_and_reopening()
    {
        var c = CaseBuilder.ComplaintAt(CaseStatus.Closed);

        Assert.Equal([CaseAction.Reopen, CaseAction.AddNote], c.AllowedActions(CaseBuilder.Manager));
        Assert.Throws<CaseTransitionException>(() => c.Do(CaseAction.Edit));
        Assert.Throws<CaseTransitionException>(() => c.Do(CaseAction.Pause));
        Assert.Throws<CaseTransitionException>(() => c.Do(CaseAction.AddEvidence));
    }

    [Fact]
    public void Reopening_a_closed_case_clears_its_closing_time_and_starts_a_new_cycle()
    {
        var c = CaseBuilder.ComplaintAt(CaseStatus.Closed);

        c.Do(CaseAction.Reopen);

        Assert.Null(c.ClosedAt);
        Assert.Equal(CaseStatus.Investigating, c.Status);
        Assert.Equal(c.History[^1].At, c.CycleStartedAt);
    }

    [Fact]
    public void Authority_levels_cover_the_levels_below_them()
    {
        Assert.True(AuthorityLevel.Level1.Covers(AuthorityLevel.Level3));
        Assert.True(AuthorityLevel.Level2.Covers(AuthorityLevel.Level2));
        Assert.False(AuthorityLevel.Level3.Covers(AuthorityLevel.Level2));
        Assert.False(AuthorityLevel.None.Covers(AuthorityLevel.Level3));
    }
}
