using GuestLoop.Domain.WorkOrders;

namespace GuestLoop.Domain.Tests.WorkOrders;

/// <summary>Who gets a new work order: skill, on duty by the roster, available, fewest open orders, then round robin.</summary>
public class DispatchTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 14, 0, 0, TimeSpan.FromHours(8));

    private static readonly RequestType Towels = new("towels", "加送毛巾", Guid.NewGuid(), "housekeeping", 10, 20, needsVerification: false);

    private static readonly Shift Day = new(Now.AddHours(-6), Now.AddHours(2));

    private static DispatchCandidate Staff(int open, string skill = "housekeeping", Shift? shift = null, bool available = true,
        DateTimeOffset? last = null, Guid? id = null) =>
        new(id ?? Guid.NewGuid(), new HashSet<string> { skill }, [shift ?? Day], available, open, last);

    [Fact]
    public void The_lowest_load_with_the_skill_gets_it()
    {
        var busy = Staff(open: 3);
        var free = Staff(open: 1);
        var plumber = Staff(open: 0, skill: "plumbing");

        Assert.Equal(free.StaffId, Dispatch.Choose(Towels, [busy, free, plumber], Now));
    }

    [Fact]
    public void Only_staff_rostered_at_that_instant_and_available_count()
    {
        var offShift = Staff(open: 0, shift: new Shift(Now.AddHours(-10), Now.AddHours(-2)));
        var endsNow = Staff(open: 0, shift: new Shift(Now.AddHours(-8), Now));
        var onBreak = Staff(open: 0, available: false);
        var nightShift = Staff(open: 2, shift: new Shift(Now.AddHours(-1), Now.AddHours(7)));

        Assert.Equal(nightShift.StaffId, Dispatch.Choose(Towels, [offShift, endsNow, onBreak, nightShift], Now));
    }

    [Fact]
    public void Among_equals_the_one_who_got_an_order_longest_ago_gets_it_and_then_the_next()
    {
        var a = Staff(open: 1, last: Now.AddMinutes(-5));
        var b = Staff(open: 1, last: Now.AddMinutes(-30));
        var c = Staff(open: 1, last: null);

        Assert.Equal(c.StaffId, Dispatch.Choose(Towels, [a, b, c], Now));

        // c takes it: one more open order and the newest assignment; then b, then a, round and round.
        var staff = new List<DispatchCandidate> { a, b, c with { OpenOrders = 2, LastAssignedAt = Now } };
        Assert.Equal(b.StaffId, Dispatch.Choose(Towels, staff, Now));
        staff[1] = b with { OpenOrders = 2, LastAssignedAt = Now.AddSeconds(1) };
        Assert.Equal(a.StaffId, Dispatch.Choose(Towels, staff, Now));
    }

    [Fact]
    public void A_full_tie_goes_to_the_same_person_on_every_instance()
    {
        var first = Staff(open: 0, id: Guid.Parse("00000000-0000-0000-0000-000000000001"));
        var second = Staff(open: 0, id: Guid.Parse("00000000-0000-0000-0000-000000000002"));

        Assert.Equal(first.StaffId, Dispatch.Choose(Towels, [second, first], Now));
        Assert.Equal(first.StaffId, Dispatch.Choose(Towels, [first, second], Now));
    }

    [Fact]
    public void Nobody_on_duty_with_the_skill_means_nobody()
    {
        Assert.Null(Dispatch.Choose(Towels, [], Now));
        Assert.Null(Dispatch.Choose(Towels, [Staff(open: 0, skill: "electrical"), Staff(open: 0, available: false)], Now));
    }

    [Fact]
    public void A_shift_must_end_after_it_starts()
    {
        var e = Assert.ThrowsAny<DomainException>(() => new Shift(Now, Now));
        Assert.Equal(DomainErrorKind.Invalid, e.Kind);
        Assert.True(e.Errors.ContainsKey("end"));
    }
}
