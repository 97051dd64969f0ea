using GuestLoop.Domain.Compensation;
using GuestLoop.Domain.Organisation;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Cases;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Compensation;

/// <summary>
/// The compensations approved in a period (by the approval's local date at the property), with what was paid of them.
/// Totals are summed here in C#, per currency: SQLite keeps decimals as text, so SQL sums would not be exact there.
/// </summary>
public sealed class CompensationLedger(GuestLoopDbContext db)
{
    public const int MaxDays = 1_100;

    /// <summary>Level 1 and 2 decision makers and administrators read the ledger.</summary>
    public static bool MayRead(AccessScope scope) => scope.IsAdministrator || scope.Authority.Covers(AuthorityLevel.Level2);

    public async Task<LedgerReport> ReadAsync(AccessScope scope, Guid? propertyId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (to < from || to.DayNumber - from.DayNumber > MaxDays)
        {
            throw Domain.Cases.CaseValidationException.For("to", $"On or after 'from', at most {MaxDays} days later.");
        }

        var properties = (await db.Properties.AsNoTracking().ToListAsync(ct))
            .Where(p => scope.CanSee(p.Id) && (propertyId is null || p.Id == propertyId)).ToDictionary(p => p.Id);
        if (propertyId is not null && properties.Count == 0)
        {
            throw new CaseNotFoundException();
        }

        // A day of slack on each side covers every time zone; the exact local date is checked below.
        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(-1);
        var end = new DateTimeOffset(to.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(2);
        var ids = properties.Keys.ToList();
        var approved = new[] { CompensationState.Approved, CompensationState.Agreed, CompensationState.Paid };
        var rows = await db.Compensations.AsNoTracking()
            .Where(c => ids.Contains(c.PropertyId) && approved.Contains(c.State) && c.DecidedAt >= start && c.DecidedAt < end)
            .Join(db.Cases, c => c.CaseId, k => k.Id, (c, k) => new { Compensation = c, k.Number })
            .ToListAsync(ct);
        var lines = rows
            .Select(r => (r.Compensation, r.Number, Property: properties[r.Compensation.PropertyId]))
            .Where(r => LocalDate(r.Compensation.DecidedAt!.Value, r.Property.TimeZoneId) is var d && d >= from && d <= to)
            .OrderBy(r => r.Compensation.DecidedAt)
            .Select(r => new LedgerLine(r.Compensation.Id, r.Compensation.CaseId, r.Number, r.Property.Code, r.Compensation.Basis,
                r.Compensation.Method, r.Compensation.State, r.Compensation.Amount, r.Compensation.Currency, r.Compensation.DecidedAt!.Value,
                r.Compensation.DecidedBy, r.Compensation.PaidAt, r.Compensation.PaymentReference))
            .ToList();
        var totals = lines.GroupBy(l => l.Currency).OrderBy(g => g.Key == Money.DefaultCurrency ? 0 : 1).ThenBy(g => g.Key)
            .Select(g => new LedgerTotals(g.Key, g.Count(), g.Sum(l => l.Amount), g.Sum(l => l.PaidAmount),
                Enum.GetValues<CompensationBasis>().Select(b => Total(b.ToString(), g.Where(l => l.Basis == b))).ToList(),
                Enum.GetValues<CompensationMethod>().Select(m => Total(m.ToString(), g.Where(l => l.Method == m))).ToList()))
            .ToList();
        var code = propertyId is null ? null : properties.Values.Single().Code;
        return new LedgerReport(code, from, to, totals, lines);
    }

    private static LedgerTotal Total(string key, IEnumerable<LedgerLine> lines)
    {
        var list = lines.ToList();
        return new LedgerTotal(char.ToLowerInvariant(key[0]) + key[1..], list.Count, list.Sum(l => l.Amount), list.Sum(l => l.PaidAmount));
    }

    private static DateOnly LocalDate(DateTimeOffset at, string zoneId) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, CaseWorkflow.FindZone(zoneId)).DateTime);
}

public sealed record LedgerReport(string? Property, DateOnly From, DateOnly To, IReadOnlyList<LedgerTotals> Totals, IReadOnlyList<LedgerLine> Lines);

/// <summary>The totals of one currency: approved (all lines) against paid, overall and by basis and by method.</summary>
public sealed record LedgerTotals(string Currency, int Count, decimal Approved, decimal Paid,
    IReadOnlyList<LedgerTotal> ByBasis, IReadOnlyList<LedgerTotal> ByMethod);

public sealed record LedgerTotal(string Key, int Count, decimal Approved, decimal Paid);

public sealed record LedgerLine(Guid Id, Guid CaseId, string CaseNumber, string Property, CompensationBasis Basis, CompensationMethod Method,
    CompensationState State, decimal Amount, string Currency, DateTimeOffset ApprovedAt, string? ApprovedBy, DateTimeOffset? PaidAt,
    string? PaymentReference)
{
    public decimal PaidAmount => State == CompensationState.Paid ? Amount : 0m;
}
