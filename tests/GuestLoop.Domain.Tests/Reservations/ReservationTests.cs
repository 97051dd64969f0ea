using GuestLoop.Domain.Organisation;
using GuestLoop.Domain.Reservations;

namespace GuestLoop.Domain.Tests.Reservations;

public class ReservationTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly Actor Clerk = new(Guid.NewGuid(), "前台 王", AuthorityLevel.Level3);
    private static readonly CancellationRule Rule = new(FreeUntilHours: 24, LateChargeNights: 1, NoShowChargeNights: 1, DepositNights: 1);

    private static ReservationTerms Terms(int arriveIn = 3, int nights = 2, int adults = 2, int maxGuests = 2) =>
        new(Guid.NewGuid(), Guid.NewGuid(), new Stay(Today.AddDays(arriveIn), Today.AddDays(arriveIn + nights)), adults, 0, 480m, Rule, maxGuests);

    private static readonly ReservationGuest Guest = new(null, "李娜", "13800138000", null, NeedsAccessibleRoom: true, "轮椅");

    private static Reservation Confirmed(int arriveIn = 3, int nights = 2) =>
        Reservation.Create(Guid.NewGuid(), "R1", Terms(arriveIn, nights), Guest, confirm: true, Clerk, Now, Today);

    /// <summary>Check-in at 14:00 local on the arrival day.</summary>
    private static DateTimeOffset CheckInAt(Reservation r) => new(r.Arrival.ToDateTime(new TimeOnly(14, 0)), TimeSpan.FromHours(8));

    [Fact]
    public void A_confirmed_reservation_holds_each_night_of_its_stay_and_a_request_holds_none()
    {
        var confirmed = Confirmed(nights: 3);
        var requested = Reservation.Create(Guid.NewGuid(), "R2", Terms(), Guest, confirm: false, Clerk, Now, Today);

        Assert.Equal([Today.AddDays(3), Today.AddDays(4), Today.AddDays(5)], confirmed.HeldNights());
        Assert.Empty(requested.HeldNights());
        Assert.Equal(480m, confirmed.DepositDue);
        Assert.Equal(1440m, confirmed.RoomCharge);
        requested.Confirm(Clerk, Now);
        Assert.Equal(2, requested.HeldNights().Count);
    }

    [Theory]
    [InlineData(0, 0, "departure")]
    [InlineData(-1, 1, "arrival")]
    [InlineData(1, 31, "departure")]
    public void A_stay_must_be_one_to_thirty_nights_from_today(int arriveIn, int nights, string field)
    {
        var e = Assert.Throws<ReservationValidationException>(() =>
            Reservation.Create(Guid.NewGuid(), "R1", Terms(arriveIn, nights), Guest, true, Clerk, Now, Today));
        Assert.Contains(field, e.Errors.Keys);
    }

    [Fact]
    public void More_guests_than_the_room_type_takes_and_no_way_to_reach_the_guest_are_refused_together()
    {
        var e = Assert.Throws<ReservationValidationException>(() => Reservation.Create(Guid.NewGuid(), "R1", Terms(adults: 3, maxGuests: 2),
            Guest with { Phone = null, Email = " " }, true, Clerk, Now, Today));
        Assert.Equal(["adults", "phone"], e.Errors.Keys.Order());
    }

    [Fact]
    public void Cancelling_inside_the_free_window_costs_nothing_and_after_it_the_late_nights()
    {
        var early = Confirmed();
        var late = Confirmed();
        var freeUntil = CheckInAt(early).AddHours(-24);

        Assert.Equal(0m, early.ChargeIfCancelled(CheckInAt(early), freeUntil));
        Assert.Equal(480m, late.ChargeIfCancelled(CheckInAt(late), freeUntil.AddMinutes(1)));
        Assert.Equal(0m, early.Cancel("行程变更", CheckInAt(early), Clerk, freeUntil));
        Assert.Equal(480m, late.Cancel("行程变更", CheckInAt(late), Clerk, freeUntil.AddMinutes(1)));
        Assert.Equal(480m, late.CancellationCharge);
        Assert.Equal(ReservationStatus.Cancelled, late.Status);
        Assert.Empty(late.HeldNights());
        Assert.Throws<ReservationStateException>(() => late.Cancel("again", CheckInAt(late), Clerk, Now));
    }

    [Fact]
    public void A_cancellation_needs_a_reason()
    {
        var r = Confirmed();
        Assert.Throws<ReservationValidationException>(() => r.Cancel(" ", CheckInAt(r), Clerk, Now));
        Assert.Equal(ReservationStatus.Confirmed, r.Status);
    }

    [Fact]
    public void A_no_show_is_marked_only_after_the_arrival_day_and_charges_its_nights()
    {
        var r = Confirmed(arriveIn: 0);
        Assert.Throws<ReservationValidationException>(() => r.MarkNoShow(Today, Clerk, Now));
        Assert.Equal(480m, r.MarkNoShow(Today.AddDays(1), Clerk, Now.AddDays(1)));
        Assert.Equal(ReservationStatus.NoShow, r.Status);
    }

    [Fact]
    public void Check_in_needs_a_valid_identity_document_on_a_night_of_the_stay_and_times_arrival_to_key()
    {
        var r = Confirmed(arriveIn: 0);
        var room = Guid.NewGuid();
        var e = Assert.Throws<ReservationValidationException>(() =>
            r.CheckIn(room, "808", IdentityDocumentType.ResidentIdentityCard, "110101199003071235", 2, Now.AddMinutes(-5), Clerk, Now, Today));
        Assert.Equal(["documentNumber"], e.Errors.Keys);
        Assert.Throws<ReservationValidationException>(() =>
            r.CheckIn(room, "808", IdentityDocumentType.Passport, "E12345678", 2, Now.AddMinutes(-5), Clerk, Now, Today.AddDays(-1)));

        r.CheckIn(room, "808", IdentityDocumentType.ResidentIdentityCard, "11010119900307002x", 2, Now.AddMinutes(-35), Clerk, Now, Today);

        Assert.Equal(ReservationStatus.CheckedIn, r.Status);
        Assert.Equal("11010119900307002X", r.DocumentNumber);
        Assert.Equal(TimeSpan.FromMinutes(35), r.CheckInDuration);
        Assert.False(r.CheckInWithinTarget);
        Assert.Equal("808", r.RoomNumber);
    }

    [Fact]
    public void A_check_in_within_thirty_minutes_meets_the_target()
    {
        var r = Confirmed(arriveIn: 0);
        r.CheckIn(Guid.NewGuid(), "808", IdentityDocumentType.Passport, "E12345678", 1, Now.AddMinutes(-30), Clerk, Now, Today);
        Assert.True(r.CheckInWithinTarget);
    }

    [Fact]
    public void The_check_in_clock_starts_when_the_guest_is_first_marked_at_the_desk()
    {
        var r = Confirmed(arriveIn: 0);
        r.Arrive(Clerk, Now.AddMinutes(-40), Today);
        r.Arrive(Clerk, Now.AddMinutes(-10), Today);
        r.CheckIn(Guid.NewGuid(), "808", IdentityDocumentType.Passport, "E12345678", 1, Now.AddMinutes(-5), Clerk, Now, Today);

        Assert.Equal(TimeSpan.FromMinutes(40), r.CheckInDuration);
        Assert.Single(r.History, h => h.What == "arrived");
    }

    [Fact]
    public void An_early_check_out_frees_the_nights_not_stayed()
    {
        var r = Confirmed(arriveIn: 0, nights: 4);
        r.CheckIn(Guid.NewGuid(), "808", IdentityDocumentType.Passport, "E12345678", 1, null, Clerk, Now, Today);
        r.CheckOut(Clerk, Now.AddDays(2), Today.AddDays(2));

        Assert.Equal(Today.AddDays(2), r.Departure);
        Assert.Equal(ReservationStatus.CheckedOut, r.Status);
        Assert.Empty(r.HeldNights());
        Assert.Throws<ReservationStateException>(() => r.CheckOut(Clerk, Now, Today));
    }

    [Fact]
    public void A_refund_is_at_most_what_was_paid()
    {
        var r = Confirmed();
        r.RecordPayment(PaymentKind.Deposit, 480m, null, Clerk, Now);
        var e = Assert.Throws<ReservationValidationException>(() => r.RecordPayment(PaymentKind.Refund, 500m, null, Clerk, Now));
        Assert.Contains("amount", e.Errors.Keys);
        r.RecordPayment(PaymentKind.Refund, 480m, "取消退款", Clerk, Now);
        Assert.Equal(0m, r.Paid);
    }

    [Fact]
    public void Every_step_is_kept_in_the_history_and_moves_the_version()
    {
        var r = Confirmed();
        var version = r.Version;
        r.Change(Terms(arriveIn: 5), Guest, Clerk, Now, Today);
        Assert.Equal(version + 1, r.Version);
        Assert.Equal(["confirmed", "changed"], r.History.Select(h => h.What));
        Assert.Contains("→", r.History[^1].Note);
    }

    [Theory]
    [InlineData(ReservationStatus.Requested)]
    [InlineData(ReservationStatus.Confirmed)]
    [InlineData(ReservationStatus.CheckedIn)]
    [InlineData(ReservationStatus.CheckedOut)]
    [InlineData(ReservationStatus.Cancelled)]
    [InlineData(ReservationStatus.NoShow)]
    public void Each_step_is_allowed_only_from_its_statuses(ReservationStatus status)
    {
        var steps = new (string Name, Action<Reservation> Step, ReservationStatus[] From)[]
        {
            ("confirm", r => r.Confirm(Clerk, Now), [ReservationStatus.Requested]),
            ("change", r => r.Change(Terms(arriveIn: 0), Guest, Clerk, Now, Today), [ReservationStatus.Requested, ReservationStatus.Confirmed]),
            ("cancel", r => r.Cancel("x", CheckInAt(r), Clerk, Now), [ReservationStatus.Requested, ReservationStatus.Confirmed]),
            ("check in", r => r.CheckIn(Guid.NewGuid(), "1", IdentityDocumentType.Passport, "E1", 1, null, Clerk, Now, Today), [ReservationStatus.Confirmed]),
            ("check out", r => r.CheckOut(Clerk, Now, Today), [ReservationStatus.CheckedIn]),
        };
        foreach (var (name, step, from) in steps)
        {
            var r = InStatus(status);
            if (from.Contains(status))
            {
                step(r);
            }
            else
            {
                Assert.True(Throws(() => step(r)), $"{name} from {status} should be refused");
            }
        }
    }

    private static bool Throws(Action a)
    {
        try
        {
            a();
            return false;
        }
        catch (ReservationStateException)
        {
            return true;
        }
    }

    private static Reservation InStatus(ReservationStatus status)
    {
        var r = Reservation.Create(Guid.NewGuid(), "R", Terms(arriveIn: 0), Guest, status != ReservationStatus.Requested, Clerk, Now, Today);
        switch (status)
        {
            case ReservationStatus.CheckedIn or ReservationStatus.CheckedOut:
                r.CheckIn(Guid.NewGuid(), "1", IdentityDocumentType.Passport, "E1", 1, null, Clerk, Now, Today);
                if (status == ReservationStatus.CheckedOut)
                {
                    r.CheckOut(Clerk, Now, Today);
                }

                break;
            case ReservationStatus.Cancelled:
                r.Cancel("x", CheckInAt(r), Clerk, Now);
                break;
            case ReservationStatus.NoShow:
                r.MarkNoShow(Today.AddDays(1), Clerk, Now);
                break;
        }

        Assert.Equal(status, r.Status);
        return r;
    }
}
