using GuestLoop.Domain.Compensation;
using GuestLoop.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Compensation;

/// <summary>An enterprise's own approval limits; without a row the defaults apply (¥500 level 3, ¥5,000 level 2).</summary>
public sealed class CompensationLimitsRecord
{
    public Guid EnterpriseId { get; set; }
    public decimal Level3Max { get; set; }
    public decimal Level2Max { get; set; }
    public string Currency { get; set; } = Money.DefaultCurrency;
    public decimal? GuestCap { get; set; }
    public int GuestCapDays { get; set; } = ApprovalLimits.DefaultGuestCapDays;

    public ApprovalLimits ToLimits() => new(Level3Max, Level2Max, Currency, GuestCap, GuestCapDays);

    /// <summary>The limits that apply to compensations of a property.</summary>
    public static async Task<ApprovalLimits> ForPropertyAsync(GuestLoopDbContext db, Guid propertyId, CancellationToken ct)
    {
        var record = await db.Properties.AsNoTracking().Where(p => p.Id == propertyId)
            .Join(db.CompensationLimits.AsNoTracking(), p => p.EnterpriseId, l => l.EnterpriseId, (_, l) => l)
            .SingleOrDefaultAsync(ct);
        return record?.ToLimits() ?? ApprovalLimits.Default;
    }
}
