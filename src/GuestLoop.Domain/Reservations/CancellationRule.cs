namespace GuestLoop.Domain.Reservations;

/// <summary>
/// A rate plan's terms (seed 003 §2: 预订的变更与取消): free cancellation until a number of hours before the arrival day's
/// check-in time, then a charge of some nights; a no-show pays its own charge; a deposit of some nights may be asked.
/// </summary>
public sealed record CancellationRule(int FreeUntilHours, int LateChargeNights, int NoShowChargeNights, int DepositNights)
{
    public static readonly CancellationRule Flexible = new(24, 1, 1, 0);

    /// <summary>Adds the problems to <paramref name="errors"/>.</summary>
    public void Check(FieldErrors errors)
    {
        if (FreeUntilHours is < 0 or > 24 * 60)
        {
            errors.Add("freeUntilHours", "From 0 to 1,440 hours.");
        }

        if (LateChargeNights is < 0 or > Stay.MaxNights)
        {
            errors.Add("lateChargeNights", "From 0 to 30 nights.");
        }

        if (NoShowChargeNights is < 0 or > Stay.MaxNights)
        {
            errors.Add("noShowChargeNights", "From 0 to 30 nights.");
        }

        if (DepositNights is < 0 or > Stay.MaxNights)
        {
            errors.Add("depositNights", "From 0 to 30 nights.");
        }
    }

    /// <summary>The last instant a cancellation is free, for a stay whose room is ready at <paramref name="checkInAt"/>.</summary>
    public DateTimeOffset FreeUntil(DateTimeOffset checkInAt) => checkInAt.AddHours(-FreeUntilHours);

    /// <summary>What cancelling at <paramref name="at"/> costs: nothing inside the free window, otherwise the late nights (never more than the stay).</summary>
    public decimal CancellationCharge(DateTimeOffset at, DateTimeOffset checkInAt, int nights, decimal nightlyRate) =>
        at <= FreeUntil(checkInAt) ? 0m : Math.Min(LateChargeNights, nights) * nightlyRate;

    public decimal NoShowCharge(int nights, decimal nightlyRate) => Math.Min(NoShowChargeNights, nights) * nightlyRate;

    public decimal Deposit(int nights, decimal nightlyRate) => Math.Min(DepositNights, nights) * nightlyRate;
}
