using GuestLoop.Domain.Customers;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using GuestLoop.Web.Features.Cases;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Replies;

/// <summary>One text message as the outbox page lists it: the recipient masked, the case by its number.</summary>
public sealed record SmsOutboxRow(Guid Id, Guid CaseId, string CaseNumber, string Purpose, string To, string Gateway, string Status, string? Error,
    DateTimeOffset At);

/// <summary>
/// The text messages sent to guests of the caller's properties, newest first, and sending a failed one again (a new
/// message in the outbox, audited; the failed one stays as it was).
/// </summary>
public sealed class SmsOutboxAdmin(GuestLoopDbContext db, SmsOutbox outbox, AuditLog audit)
{
    public const int PageSize = 200;

    public async Task<IReadOnlyList<SmsOutboxRow>> ListAsync(AccessScope scope, bool onlyFailed, CancellationToken ct)
    {
        var messages = db.SmsMessages.AsNoTracking();
        if (onlyFailed)
        {
            messages = messages.Where(m => m.Status == "failed");
        }

        var rows = await messages
            .Join(db.Cases.VisibleTo(scope), m => m.CaseId, c => c.Id, (m, c) => new { Message = m, c.Number })
            .OrderByDescending(x => x.Message.At)
            .Take(PageSize)
            .ToListAsync(ct);
        return rows.Select(x => new SmsOutboxRow(x.Message.Id, x.Message.CaseId, x.Number, x.Message.Purpose, Masking.Phone(x.Message.To)!,
            x.Message.Gateway, x.Message.Status, x.Message.Error, x.Message.At)).ToList();
    }

    public async Task<SmsMessage> ResendAsync(Guid id, AccessScope scope, CancellationToken ct)
    {
        var failed = await db.SmsMessages.AsNoTracking()
            .Where(m => m.Id == id && m.Status == "failed" && db.Cases.VisibleTo(scope).Any(c => c.Id == m.CaseId))
            .SingleOrDefaultAsync(ct) ?? throw new CaseNotFoundException();
        audit.Append(scope, "sms.resend", "sms", failed.Id.ToString(), null, new { failed.Purpose, to = Masking.Phone(failed.To) });
        return await outbox.SendAsync(failed.CaseId, failed.SurveyId, failed.Purpose, failed.To, failed.Text, ct);
    }
}
