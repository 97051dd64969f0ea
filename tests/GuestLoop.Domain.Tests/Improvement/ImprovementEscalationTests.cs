using GuestLoop.Domain.Improvement;
using GuestLoop.Domain.Sla;
using static GuestLoop.Domain.Tests.Sla.Calendars;

namespace GuestLoop.Domain.Tests.Improvement;

public class ImprovementEscalationTests
{
    private static readonly Guid Owner = Guid.NewGuid();
    private static readonly Guid Head = Guid.NewGuid();
    private static readonly Guid Manager = Guid.NewGuid();

    private static IReadOnlyList<EscalationNotice> Due(DateOnly dueOn, DateTimeOffset now, ImprovementState state = ImprovementState.Open) =>
        ImprovementEscalation.Due(state, dueOn, Owner, Head, [Manager, Owner], Cn, now);

    [Fact]
    public void An_action_is_overdue_after_close_of_business_on_its_due_date_or_the_next_working_day()
    {
        Assert.Equal(Bj(2026, 3, 3, 18), ImprovementEscalation.OverdueAt(Cn, new DateOnly(2026, 3, 3)));
        Assert.Equal(Bj(2026, 3, 9, 18), ImprovementEscalation.OverdueAt(Cn, new DateOnly(2026, 3, 7)));
        Assert.Equal(Bj(2026, 10, 8, 18), ImprovementEscalation.OverdueAt(Cn, new DateOnly(2026, 10, 1)));
    }

    [Fact]
    public void The_owner_hears_first_then_the_head_and_level_1_a_working_day_later()
    {
        var due = new DateOnly(2026, 3, 3);

        Assert.Empty(Due(due, Bj(2026, 3, 3, 17)));
        var first = Assert.Single(Due(due, Bj(2026, 3, 3, 19)));
        Assert.Equal((EscalationEvent.ActionOverdue, Owner, Bj(2026, 3, 4, 9)), (first.Event, first.RecipientId, first.DeliverAfter));

        var later = Due(due, Bj(2026, 3, 4, 18, 1));
        Assert.Equal(3, later.Count);
        Assert.Equal(new[] { Head, Manager }.Order(), later.Where(n => n.Event == EscalationEvent.ActionEscalated).Select(n => n.RecipientId).Order());
        Assert.All(later.Where(n => n.Event == EscalationEvent.ActionEscalated), n => Assert.Equal(Bj(2026, 3, 5, 9), n.DeliverAfter));
    }

    [Theory]
    [InlineData(ImprovementState.Done)]
    [InlineData(ImprovementState.Effective)]
    public void A_finished_action_raises_nothing(ImprovementState state) =>
        Assert.Empty(Due(new DateOnly(2026, 3, 3), Bj(2026, 3, 20, 10), state));
}
