using System.Security.Cryptography;
using System.Text;

namespace GuestLoop.Domain.Supervision;

/// <summary>A case closed in the month being sampled, with the property it belongs to.</summary>
public sealed record ClosedCaseRef(Guid CaseId, Guid PropertyId);

/// <summary>
/// The monthly audit sample (抽查): a random but reproducible share of the cases a property closed in a month.
/// Each candidate is ranked by a hash of the seed and its id, so the same seed and candidates always give the
/// same sample, whatever order the candidates come in.
/// </summary>
public static class AuditSampling
{
    public const decimal DefaultShare = 0.10m;

    /// <summary>The seed of a property's month, so a sample can be drawn again and checked.</summary>
    public static string SeedFor(Guid propertyId, int year, int month) => $"{propertyId:N}-{year:D4}-{month:D2}";

    /// <summary>
    /// The sample of <paramref name="propertyId"/>: candidates of other properties are never taken. At least one
    /// case is sampled when the property closed any, so a quiet month is still looked at.
    /// </summary>
    public static IReadOnlyList<Guid> Draw(string seed, IEnumerable<ClosedCaseRef> candidates, Guid propertyId, decimal share = DefaultShare)
    {
        if (share is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(share), share, "The share is above 0 and at most 1.");
        }

        var own = candidates.Where(c => c.PropertyId == propertyId).Select(c => c.CaseId).Distinct().ToList();
        if (own.Count == 0)
        {
            return [];
        }

        var size = Math.Max(1, (int)Math.Ceiling(own.Count * share));
        return own.OrderBy(id => Rank(seed, id), StringComparer.Ordinal).ThenBy(id => id).Take(size).ToList();
    }

    private static string Rank(string seed, Guid id) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}|{id:N}")));
}
