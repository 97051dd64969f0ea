using GuestLoop.Domain.Organisation;
using GuestLoop.Domain.WorkOrders;

namespace GuestLoop.Domain.Tests.WorkOrders;

/// <summary>The work order's steps in every state, its targets in clock minutes, and escalation once per step.</summary>
public class WorkOrderTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 22, 50, 0, TimeSpan.FromHours(8));

    private static readonly Actor Attendant = new(Guid.NewGuid(), "客房服务员", AuthorityLevel.None);

    private static readonly Actor Other = new(Guid.NewGuid(), "另一位服务员", AuthorityLevel.None);

    private static readonly Actor Supervisor = new(Guid.NewGuid(), "楼层主管", AuthorityLevel.Level3);

    private static RequestType Type(bool verify = true) => new("kettle", "电水壶维修", Guid.NewGuid(), "electrical", 15, 60, verify);

    private static WorkOrder New(bool verify = true) =>
        WorkOrder.Open(Guid.NewGuid(), Type(verify), "1208", "电水壶不加热", WorkOrderPriority.Normal, specialNeeds: false, Now);

    /// <summary>An order brought to <paramref name="state"/> by the steps that lead there.</summary>
    private static WorkOrder In(WorkOrderState state)
    {
        var o = New();
        if (state == WorkOrderState.Open)
        {
            return o;
        }

        if (state == WorkOrderState.Cancelled)
        {
            o.Cancel(Supervisor, Now, "客人已退房");
            return o;
        }

        o.Assign(Attendant.StaffId!.Value, Actor.System, Now);
        var path = new[] { WorkOrderState.Accepted, WorkOrderState.InProgress, WorkOrderState.Paused, WorkOrderState.Completed, WorkOrderState.Verified };
        foreach (var next in path.TakeWhile(_ => o.State != state))
        {
            switch (next)
            {
                case WorkOrderState.Accepted: o.Accept(Attendant, Now.AddMinutes(5)); break;
                case WorkOrderState.InProgress: o.Start(Attendant, Now.AddMinutes(6)); break;
                case WorkOrderState.Paused when state == WorkOrderState.Paused: o.Pause(Attendant, Now.AddMinutes(7), "等配件"); break;
                case WorkOrderState.Completed: o.Complete(Attendant, Now.AddMinutes(40), "已更换加热底座"); break;
                case WorkOrderState.Verified: o.Verify(Supervisor, Now.AddMinutes(45), passed: true); break;
            }
        }

        Assert.Equal(state, o.State);
        return o;
    }

    private static readonly Dictionary<string, Action<WorkOrder>> Steps = new()
    {
        ["assign"] = o => o.Assign(Other.StaffId!.Value, Supervisor, Now),
        ["accept"] = o => o.Accept(Attendant, Now),
        ["start"] = o => o.Start(Attendant, Now),
        ["pause"] = o => o.Pause(Attendant, Now, "等配件"),
        ["complete"] = o => o.Complete(Attendant, Now, "好了"),
        ["verify"] = o => o.Verify(Supervisor, Now, passed: true),
        ["cancel"] = o => o.Cancel(Supervisor, Now, "客人取消"),
    };

    private static readonly Dictionary<WorkOrderState, string[]> AllowedSteps = new()
    {
        [WorkOrderState.Open] = ["assign", "cancel"],
        [WorkOrderState.Assigned] = ["assign", "accept", "cancel"],
        [WorkOrderState.Accepted] = ["assign", "start", "cancel"],
        [WorkOrderState.InProgress] = ["pause", "complete", "cancel"],
        [WorkOrderState.Paused] = ["assign", "start", "cancel"],
        [WorkOrderState.Completed] = ["verify"],
        [WorkOrderState.Verified] = [],
        [WorkOrderState.Cancelled] = [],
    };

    public static TheoryData<WorkOrderState, string> EveryStateAndStep()
    {
        var data = new TheoryData<WorkOrderState, string>();
        foreach (var state in Enum.GetValues<WorkOrderState>())
        {
            foreach (var step in Steps.Keys)
            {
                data.Add(state, step);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStateAndStep))]
    public void Each_step_is_allowed_exactly_in_its_states(WorkOrderState state, string step)
    {
        var order = In(state);
        if (AllowedSteps[state].Contains(step))
        {
            Steps[step](order);
            Assert.NotEqual(state == WorkOrderState.Assigned && step == "assign" ? WorkOrderState.Open : state, order.State);
        }
        else
        {
            var e = Assert.Throws<WorkOrderStepException>(() => Steps[step](order));
            Assert.Equal(DomainErrorKind.Conflict, e.Kind);
            Assert.Equal(state, order.State);
        }
    }

    [Fact]
    public void Only_the_assignee_takes_the_steps_of_the_work()
    {
        var o = In(WorkOrderState.Assigned);

        Assert.Throws<WorkOrderStepException>(() => o.Accept(Other, Now));
        Assert.Throws<WorkOrderStepException>(() => o.Accept(Actor.System, Now));
        o.Accept(Attendant, Now);
        Assert.Throws<WorkOrderStepException>(() => o.Start(Other, Now));
    }

    [Fact]
    public void Nobody_verifies_their_own_work_and_work_sent_back_needs_a_reason()
    {
        var o = In(WorkOrderState.Completed);

        Assert.Throws<WorkOrderStepException>(() => o.Verify(Attendant, Now, passed: true));
        var e = Assert.ThrowsAny<DomainException>(() => o.Verify(Supervisor, Now, passed: false, " "));
        Assert.True(e.Errors.ContainsKey("reason"));
        o.Verify(Supervisor, Now, passed: false, "底座仍有异味");
        Assert.Equal((WorkOrderState.InProgress, "底座仍有异味", (DateTimeOffset?)null), (o.State, o.ReturnedReason, o.CompletedAt));
        o.Complete(Attendant, Now.AddMinutes(50), "已更换新壶");
        o.Verify(Supervisor, Now.AddMinutes(55), passed: true);
        Assert.Equal((WorkOrderState.Verified, Supervisor.StaffId), (o.State, o.VerifiedBy));
    }

    [Fact]
    public void Completed_work_of_a_type_without_a_check_is_done_at_once()
    {
        var o = New(verify: false);
        o.Assign(Attendant.StaffId!.Value, Actor.System, Now);
        o.Accept(Attendant, Now);
        o.Start(Attendant, Now);
        o.Complete(Attendant, Now.AddMinutes(8), "已送达");

        Assert.True(o.IsClosed);
        Assert.Equal(WorkOrderState.Verified, o.State);
    }

    [Fact]
    public void Targets_are_clock_minutes_and_a_reassignment_keeps_the_first_acceptance()
    {
        var o = New();
        Assert.Equal((Now.AddMinutes(15), Now.AddMinutes(60)), (o.ResponseDueAt, o.CompletionDueAt));

        o.Assign(Attendant.StaffId!.Value, Actor.System, Now);
        o.Accept(Attendant, Now.AddMinutes(4));
        o.Assign(Other.StaffId!.Value, Supervisor, Now.AddMinutes(20));
        o.Accept(Other, Now.AddMinutes(30));

        Assert.Equal(Now.AddMinutes(4), o.AcceptedAt);
    }

    [Fact]
    public void A_late_order_escalates_to_the_supervisor_then_the_duty_manager()
    {
        var o = New();
        var warn = TimeSpan.FromMinutes(5);

        Assert.Empty(o.DueEscalations(Now.AddMinutes(9), warn));
        Assert.Equal([WorkOrderEscalationStep.SupervisorResponse], o.DueEscalations(Now.AddMinutes(10), warn));
        Assert.Equal([WorkOrderEscalationStep.SupervisorResponse, WorkOrderEscalationStep.DutyManagerResponse], o.DueEscalations(Now.AddMinutes(15), warn));

        o.Assign(Attendant.StaffId!.Value, Actor.System, Now.AddMinutes(15));
        o.Accept(Attendant, Now.AddMinutes(16));
        Assert.Empty(o.DueEscalations(Now.AddMinutes(16), warn));
        o.Start(Attendant, Now.AddMinutes(17));
        o.Pause(Attendant, Now.AddMinutes(20), "等配件");
        // A pause does not stop the completion clock: the guest still waits.
        Assert.Equal([WorkOrderEscalationStep.SupervisorCompletion, WorkOrderEscalationStep.DutyManagerCompletion],
            o.DueEscalations(Now.AddMinutes(61), warn));
        Assert.True(o.IsLate(Now.AddMinutes(61)));
    }

    [Fact]
    public void Every_step_writes_the_timeline_with_who_and_why()
    {
        var o = In(WorkOrderState.Paused);

        Assert.Equal(["open", "assign", "accept", "start", "pause"], o.Timeline.Select(e => e.Step));
        Assert.Equal((Attendant.StaffId, "等配件"), (o.Timeline[^1].ById, o.Timeline[^1].Note));
        Assert.Equal(o.Timeline.Count, o.Version);
        var e = Assert.ThrowsAny<DomainException>(() => In(WorkOrderState.Accepted).Cancel(Supervisor, Now, ""));
        Assert.True(e.Errors.ContainsKey("reason"));
    }

    [Fact]
    public void Done_or_cancelled_orders_never_escalate()
    {
        var late = Now.AddDays(1);
        Assert.Empty(In(WorkOrderState.Cancelled).DueEscalations(late, TimeSpan.Zero));
        Assert.Empty(In(WorkOrderState.Verified).DueEscalations(late, TimeSpan.Zero));
    }

    [Theory]
    [InlineData(WorkOrderPriority.Normal, false, WorkOrderPriority.Normal)]
    [InlineData(WorkOrderPriority.Normal, true, WorkOrderPriority.High)]
    [InlineData(WorkOrderPriority.Urgent, true, WorkOrderPriority.Urgent)]
    public void A_guest_with_special_needs_is_never_below_high(WorkOrderPriority asked, bool specialNeeds, WorkOrderPriority expected) =>
        Assert.Equal(expected, WorkOrder.Open(Guid.NewGuid(), Type(), "1208", "", asked, specialNeeds, Now).Priority);

    [Fact]
    public void An_order_needs_a_place_and_a_type_needs_sane_targets()
    {
        var e = Assert.ThrowsAny<DomainException>(() => WorkOrder.Open(Guid.NewGuid(), Type(), " ", "", WorkOrderPriority.Normal, false, Now));
        Assert.True(e.Errors.ContainsKey("location"));

        var t = Assert.ThrowsAny<DomainException>(() => new RequestType("x", "", Guid.NewGuid(), "electrical", 0, -1, false));
        Assert.Equal(["name", "responseMinutes", "completionMinutes"], t.Errors.Keys);
    }
}
