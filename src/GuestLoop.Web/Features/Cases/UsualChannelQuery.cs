using GuestLoop.Domain.Cases;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Cases;

/// <summary>
/// Where the new-case form's channel starts for the person signed in (<see cref="UsualChannel"/>): the channels of the
/// cases they recorded (the actor of each case's receipt) in the latest <see cref="UsualChannel.Window"/>, at most
/// <see cref="UsualChannel.Latest"/> of them.
/// </summary>
public sealed class UsualChannelQuery(GuestLoopDbContext db, TimeProvider clock)
{
    public async Task<Channel> ForAsync(AccessScope scope, CancellationToken ct)
    {
        if (scope.StaffId is not { } staffId)
        {
            return UsualChannel.Of([], answersPhoneLine: false);
        }

        var recorded = await Recorded(staffId, clock.GetUtcNow() - UsualChannel.Window).ToListAsync(ct);
        var answersPhoneLine = recorded.Count == 0
            && await db.ChannelOwners.AnyAsync(o => o.StaffId == staffId && o.Channel == Channel.Phone, ct);
        return UsualChannel.Of(recorded.Select(r => (r.Channel, r.At)), answersPhoneLine);
    }

    /// <summary>The channels of the cases the staff member recorded since then, newest first (read along the index of receipts by staff).</summary>
    internal IQueryable<RecordedChannel> Recorded(Guid staffId, DateTimeOffset since) =>
        db.CaseEvents.AsNoTracking()
            .Where(e => e.ActorId == staffId && e.Action == CaseAction.Receive && e.At >= since)
            .OrderByDescending(e => e.At)
            .Take(UsualChannel.Latest)
            .Join(db.Cases, e => EF.Property<Guid>(e, "CaseId"), c => c.Id, (e, c) => new RecordedChannel(c.Channel, e.At));
}

internal sealed record RecordedChannel(Channel Channel, DateTimeOffset At);
