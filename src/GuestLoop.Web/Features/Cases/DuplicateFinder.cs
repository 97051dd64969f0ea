using GuestLoop.Domain.Cases;
using GuestLoop.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Cases;

/// <summary>
/// Finds the earlier cases a new case probably repeats: same property, same guest, same matter, open or recent.
/// The contact comparison lives here and in <see cref="GuestContact"/> only.
/// </summary>
public sealed class DuplicateFinder(GuestLoopDbContext db, DuplicateSettings settings)
{
    private const int MaxCompared = 200;

    public async Task<IReadOnlyList<(Case Earlier, DuplicateReason Reason, double Similarity)>> FindAsync(Case newer, CancellationToken ct)
    {
        // Contacts are stored encrypted, so the database cannot compare them; but every case with a phone, email or
        // document number is linked to its guest through their keyed hashes (GuestMatching, run first). The same guest
        // narrows the search; the exact rule then compares the decrypted contacts of the few left.
        if (newer.GuestId is not { } guest)
        {
            return [];
        }

        var since = newer.ReceivedAt - settings.Window;
        // Cases received in the same transaction (a batch of intakes, an import's chunk) are compared too; a guest made
        // in this transaction has no saved cases to look for.
        var nearby = db.Cases.Local.Where(c => c.GuestId == guest && c.PropertyId == newer.PropertyId && c.Id != newer.Id
            && db.Entry(c).State == EntityState.Added).ToList();
        if (db.Guests.Local.FirstOrDefault(g => g.Id == guest) is not { } tracked || db.Entry(tracked).State != EntityState.Added)
        {
            // By the guest's index alone, then filtered here: a guest has few cases, while a filter on property and
            // status with an order by date lets SQLite walk the whole property's cases by date instead.
            nearby.AddRange((await db.Cases.AsNoTracking().Where(c => c.GuestId == guest).ToListAsync(ct))
                .Where(c => c.PropertyId == newer.PropertyId && c.Id != newer.Id && c.MergedIntoId == null
                    && (c.Status != CaseStatus.Closed || c.ReceivedAt >= since))
                .OrderByDescending(c => c.ReceivedAt).Take(MaxCompared));
        }

        return nearby
            .Select(c => (Earlier: c, Match: DuplicateRule.Compare(newer, c, settings.Window)))
            .Where(x => x.Match is not null)
            .Select(x => (x.Earlier, x.Match!.Value.Reason, x.Match.Value.Similarity))
            .ToList();
    }

    /// <summary>Adds a candidate for each probable duplicate to the pending changes; the caller saves them with the case.</summary>
    public async Task<int> FlagAsync(Case newer, DateTimeOffset now, CancellationToken ct)
    {
        var found = await FindAsync(newer, ct);
        foreach (var (earlier, reason, similarity) in found)
        {
            db.DuplicateCandidates.Add(new DuplicateCandidate(newer.Id, earlier.Id, newer.PropertyId, reason, similarity, now));
        }

        return found.Count;
    }
}

/// <summary>GuestLoop:Duplicates:WindowDays — how long a closed case is still compared with new ones.</summary>
public sealed record DuplicateSettings(TimeSpan Window)
{
    public static DuplicateSettings From(IConfiguration config) =>
        new(TimeSpan.FromDays(config.GetValue("GuestLoop:Duplicates:WindowDays", DuplicateRule.DefaultWindow.TotalDays)));
}
