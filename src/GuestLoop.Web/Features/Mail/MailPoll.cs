using GuestLoop.Domain.Intake;
using GuestLoop.Web.Data;
using GuestLoop.Web.Infrastructure;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GuestLoop.Web.Features.Mail;

/// <summary>What one poll of one mailbox did.</summary>
public sealed record MailboxPollResult(Guid MailboxId, bool Succeeded, int Read, int Created, int Threaded, int Dropped, string? Error);

/// <summary>
/// Reads the mailboxes that are due. Each is first leased with one conditional UPDATE, so that of several instances
/// only one reads it; a failure is recorded and the mailbox waits, longer after each failure in a row
/// (<see cref="MailboxBackoff"/>); a success resets the count.
/// </summary>
public sealed class MailPoll(GuestLoopDbContext db, MailIntake intake, MailboxPasswords passwords, IOptions<MailOptions> options,
    TimeProvider clock, ILogger<MailPoll> log, RoundHealth health, ProductMetrics metrics)
{
    /// <summary>The round whose write transactions the poll's own writes count in.</summary>
    private const string Job = MailJob.Name;

    private static readonly string Instance = $"{Environment.ProcessId}-{Guid.NewGuid():N}";

    public async Task<IReadOnlyList<MailboxPollResult>> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = await db.Mailboxes.AsNoTracking().Where(m => m.Enabled && m.NextAttemptAt <= now).Select(m => m.Id).ToListAsync(ct);
        var results = new List<MailboxPollResult>();
        foreach (var id in due)
        {
            if (await PollAsync(id, force: false, ct) is { } result)
            {
                results.Add(result);
            }
        }

        return results;
    }

    /// <summary>Polls one mailbox now if no other instance holds it; <paramref name="force"/> ignores the next-attempt time (an administrator's "poll now").</summary>
    public async Task<MailboxPollResult?> PollAsync(Guid mailboxId, bool force, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var until = now.AddSeconds(options.Value.LeaseSeconds);
        var claimed = await RoundBatches.InTransactionAsync(db, health, Job, () => db.Mailboxes
            .Where(m => m.Id == mailboxId && m.Enabled && (force || m.NextAttemptAt <= now) && (m.LeaseUntil == null || m.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, Instance).SetProperty(m => m.LeaseUntil, until), ct), ct);
        if (claimed == 0)
        {
            return null;
        }

        db.ChangeTracker.Clear();
        var box = await db.Mailboxes.AsNoTracking().SingleAsync(m => m.Id == mailboxId, ct);
        var property = await db.Properties.AsNoTracking().SingleAsync(p => p.Id == box.PropertyId, ct);
        var counts = new Dictionary<string, int>();
        string? error = null;
        try
        {
            await ReadAsync(box, property, counts, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            error = e.Message;
            log.LogWarning(e, "Mailbox {Mailbox} could not be read", box.Name);
        }

        db.ChangeTracker.Clear();
        box = await db.Mailboxes.SingleAsync(m => m.Id == mailboxId, ct);
        var done = clock.GetUtcNow();
        if (error is null)
        {
            box.LastSuccessAt = done;
            box.ConsecutiveFailures = 0;
        }
        else
        {
            box.LastErrorAt = done;
            box.LastError = error.Length > 1000 ? error[..1000] : error;
            box.ConsecutiveFailures++;
        }

        box.NextAttemptAt = MailboxBackoff.NextAttempt(done, box.ConsecutiveFailures, options.Value.Interval);
        box.LeaseOwner = null;
        box.LeaseUntil = null;
        await RoundBatches.InTransactionAsync(db, health, Job, () => Task.CompletedTask, ct);
        return new MailboxPollResult(box.Id, error is null, counts.Values.Sum(), counts.GetValueOrDefault("created"),
            counts.GetValueOrDefault("threaded"), counts.Where(c => c.Key.StartsWith("dropped", StringComparison.Ordinal)).Sum(c => c.Value), error);
    }

    private async Task ReadAsync(Mailbox box, Organisation.Property property, Dictionary<string, int> counts, CancellationToken ct)
    {
        using var client = new ImapClient { Timeout = 30_000 };
        var tls = box.Tls switch
        {
            MailTls.Implicit => SecureSocketOptions.SslOnConnect,
            MailTls.StartTls => SecureSocketOptions.StartTls,
            _ => SecureSocketOptions.None,
        };
        await client.ConnectAsync(box.Host, box.Port, tls, ct);
        await client.AuthenticateAsync(box.UserName, passwords.Unprotect(box.ProtectedPassword), ct);
        var folder = string.Equals(box.Folder, "INBOX", StringComparison.OrdinalIgnoreCase) ? client.Inbox : await client.GetFolderAsync(box.Folder, ct);
        await folder.OpenAsync(FolderAccess.ReadOnly, ct);

        var lastUid = folder.UidValidity == box.UidValidity ? box.LastUid : 0;
        box.UidValidity = folder.UidValidity;
        var uids = (await folder.SearchAsync(SearchQuery.All, ct)).Where(u => u.Id > lastUid).OrderBy(u => u.Id)
            .Take(options.Value.MaxMessagesPerRound).ToList();
        foreach (var uid in uids)
        {
            var message = await folder.GetMessageAsync(uid, ct);
            string outcome;
            try
            {
                outcome = await intake.HandleAsync(box, property, message, uid.Id, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException and not IOException and not ImapProtocolException)
            {
                // One bad message must not stop the mailbox for good: it is recorded as failed and the rest are read.
                db.ChangeTracker.Clear();
                outcome = await intake.RecordFailedAsync(box, message, uid.Id, e.Message, ct);
                log.LogWarning(e, "A message in mailbox {Mailbox} could not be taken", box.Name);
            }

            counts[outcome] = counts.GetValueOrDefault(outcome) + 1;
            metrics.MailRead(outcome);
            // Each message on its own: what the intake of one left tracked must not ride along with the next.
            db.ChangeTracker.Clear();
            await RoundBatches.InTransactionAsync(db, health, Job, () => db.Mailboxes.Where(m => m.Id == box.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LastUid, (long)uid.Id).SetProperty(m => m.UidValidity, (long)folder.UidValidity), ct), ct);
        }

        await RoundBatches.InTransactionAsync(db, health, Job, () => db.Mailboxes.Where(m => m.Id == box.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.UidValidity, (long)folder.UidValidity), ct), ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
