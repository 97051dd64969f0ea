using System.Text.RegularExpressions;
using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Intake;
using GuestLoop.Domain.Organisation;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Features.Intake;
using GuestLoop.Web.Features.Notifications;
using GuestLoop.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace GuestLoop.Web.Features.Mail;

/// <summary>
/// One message from a guest mailbox: dropped if no person wrote it, added to the case it answers, or received as a
/// new case on the mailbox's property, channel email. Its receipt is saved in the same transaction as the case, so a
/// message is taken exactly once. Attachments become evidence where the evidence rules accept them.
/// </summary>
public sealed partial class MailIntake(GuestLoopDbContext db, CaseWorkflow workflow, ReceiveCase receive, EvidenceStore evidence,
    IOptions<SmtpOptions> smtp, TimeProvider clock, ILogger<MailIntake> log)
{
    public const string Way = "email";

    public async Task<string> HandleAsync(Mailbox box, Property property, MimeMessage message, long uid, CancellationToken ct)
    {
        var key = MailThreading.Normalise(message.MessageId) ?? $"uid:{box.UidValidity}:{uid}";
        if (await db.MailReceipts.AnyAsync(r => r.MailboxId == box.Id && r.MessageKey == key, ct))
        {
            return "seen";
        }

        var now = clock.GetUtcNow();
        var receipt = new MailReceipt { MailboxId = box.Id, MessageKey = key, Uid = uid, ReceivedAt = now, Outcome = "created" };
        var from = message.From.Mailboxes.FirstOrDefault();
        var drop = MailLoopCheck.Check(from?.Address, name => message.Headers[name], OwnAddresses(box));
        if (drop is { } reason)
        {
            receipt.Outcome = "dropped:" + reason;
            await InsertOnce.InsertAsync(db, receipt, ct);
            return receipt.Outcome;
        }

        var scope = new AccessScope(null, "mailbox:" + box.Name, AuthorityLevel.None, null, false, new HashSet<Guid> { box.PropertyId }, false);
        var guest = Actor.Guest(string.IsNullOrWhiteSpace(from!.Name) ? from.Address : from.Name);
        var text = BodyText(message);
        var (files, skipped) = await SaveAttachmentsAsync(message, guest.Name, ct);
        try
        {
            var caseId = await ThreadAsync(box, message, ct);
            if (caseId is { } existing)
            {
                receipt.Outcome = "threaded";
                receipt.CaseId = existing;
                Link(key, existing, now);
                db.MailReceipts.Add(receipt);
                await workflow.PerformAsync(existing, scope, (c, _, at) =>
                {
                    c.RecordGuestMessage(guest, at, Way, text.Length > 0 ? text : MailThreading.CleanSubject(message.Subject) is { Length: > 0 } s ? s : "-");
                    Attach(c, guest, files, skipped, at);
                }, ct);
            }
            else
            {
                var subject = MailThreading.CleanSubject(message.Subject);
                var newCase = new NewCase(box.PropertyId, CaseKind.Complaint, Channel.Email,
                    Cut(subject.Length > 0 ? subject : FirstLine(text) ?? "(email)", Case.TitleMax),
                    Cut(text.Length > 0 ? text : subject.Length > 0 ? subject : "(email)", Case.DescriptionMax),
                    new Complainant(string.IsNullOrWhiteSpace(from.Name) ? null : from.Name.Trim(), null, from.Address));
                var kept = files.ToList();
                var created = (await receive.ReceiveAsync(new CaseIntake(newCase, property, guest)
                {
                    Evidence = kept,
                    SystemNote = skipped.Count > 0 ? "Attachments not taken as evidence: " + string.Join("; ", skipped) : null,
                    Mail = (receipt, key.StartsWith("uid:", StringComparison.Ordinal) ? null : key),
                    Audit = (scope, "mail.create", new { mailbox = box.Id, messageId = key }),
                }, ct)).Case;
                receipt.CaseId = created.Id;
            }

            return receipt.Outcome;
        }
        catch (DbUpdateException)
        {
            Discard(files);
            if (await AlreadyTakenAsync(box.Id, key, ct))
            {
                // Another instance took the same message at the same moment.
                return "seen";
            }

            throw;
        }
        catch
        {
            Discard(files);
            throw;
        }
    }

    /// <summary>A message that could not be taken: recorded, so it is not tried again and again, and left for staff to read in the mailbox.</summary>
    public async Task<string> RecordFailedAsync(Mailbox box, MimeMessage message, long uid, string error, CancellationToken ct)
    {
        var key = MailThreading.Normalise(message.MessageId) ?? $"uid:{box.UidValidity}:{uid}";
        await InsertOnce.InsertAsync(db, new MailReceipt
        {
            MailboxId = box.Id, MessageKey = key, Uid = uid, ReceivedAt = clock.GetUtcNow(), Outcome = "failed",
            Note = error.Length > 2000 ? error[..2000] : error,
        }, ct);
        return "failed";
    }

    private async Task<bool> AlreadyTakenAsync(Guid mailboxId, string key, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return await db.MailReceipts.AnyAsync(r => r.MailboxId == mailboxId && r.MessageKey == key, ct);
    }

    /// <summary>The case this mail answers, on the mailbox's own property only: by the Message-Ids it refers to, then by a case number in the subject.</summary>
    private async Task<Guid?> ThreadAsync(Mailbox box, MimeMessage message, CancellationToken ct)
    {
        var ids = MailThreading.ReferencedIds(message.Headers[HeaderId.InReplyTo], message.Headers[HeaderId.References]);
        if (ids.Count > 0)
        {
            var linked = await db.CaseMessageIds.AsNoTracking().Where(m => ids.Contains(m.MessageId))
                .Join(db.Cases.Where(c => c.PropertyId == box.PropertyId), m => m.CaseId, c => c.Id, (m, c) => new { m.MessageId, c.Id })
                .ToListAsync(ct);
            foreach (var id in ids)
            {
                if (linked.FirstOrDefault(l => l.MessageId == id) is { } hit)
                {
                    return hit.Id;
                }
            }
        }

        var number = MailThreading.CaseNumberIn(message.Subject);
        return number is null ? null
            : await db.Cases.Where(c => c.PropertyId == box.PropertyId && c.Number == number).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(ct);
    }

    private void Link(string key, Guid caseId, DateTimeOffset now)
    {
        if (!key.StartsWith("uid:", StringComparison.Ordinal) && !db.CaseMessageIds.Local.Any(m => m.MessageId == key)
            && !db.CaseMessageIds.AsNoTracking().Any(m => m.MessageId == key))
        {
            db.CaseMessageIds.Add(new CaseMessageId { MessageId = key, CaseId = caseId, Outgoing = false, At = now });
        }
    }

    private IEnumerable<string> OwnAddresses(Mailbox box)
    {
        yield return box.Address;
        if (box.UserName.Contains('@'))
        {
            yield return box.UserName;
        }

        if (smtp.Value.From is { Length: > 0 } outgoing)
        {
            yield return outgoing;
        }
    }

    private async Task<(List<CaseEvidence> Files, List<string> Skipped)> SaveAttachmentsAsync(MimeMessage message, string addedBy, CancellationToken ct)
    {
        var files = new List<CaseEvidence>();
        var skipped = new List<string>();
        foreach (var part in message.Attachments.OfType<MimePart>())
        {
            var name = StoredFileName.Clean(part.FileName, "attachment");
            try
            {
                await using var content = new MemoryStream();
                if (part.Content is null)
                {
                    continue;
                }

                await part.Content.DecodeToAsync(content, ct);
                content.Position = 0;
                var stored = await evidence.SaveAsync(content, name, ct);
                files.Add(new CaseEvidence(stored.Name, stored.ContentType, stored.Size, stored.Key, stored.Sha256, clock.GetUtcNow(), addedBy, fromGuest: true));
            }
            catch (EvidenceRejectedException e)
            {
                log.LogInformation("Attachment {Name} of a guest mail skipped: {Reason}", name, e.Message);
                skipped.Add($"{name}: {e.Message}");
            }
        }

        return (files, skipped);
    }

    private void Attach(Case c, Actor guest, List<CaseEvidence> files, List<string> skipped, DateTimeOffset at)
    {
        foreach (var file in files.ToList())
        {
            if (c.IsClosed)
            {
                skipped.Add($"{file.FileName}: the case is closed.");
                evidence.Delete(file.StorageKey);
                files.Remove(file);
                continue;
            }

            c.AddEvidence(guest, file);
        }

        if (skipped.Count > 0)
        {
            c.AddNote(Actor.System, at, "Attachments not taken as evidence: " + string.Join("; ", skipped));
        }
    }

    private void Discard(IEnumerable<CaseEvidence> files)
    {
        foreach (var file in files)
        {
            evidence.Delete(file.StorageKey);
        }
    }

    /// <summary>The text the guest wrote: the plain part, or the HTML part without tags; quoted lines of earlier mail left out.</summary>
    public static string BodyText(MimeMessage message)
    {
        var text = message.TextBody;
        if (string.IsNullOrWhiteSpace(text) && message.HtmlBody is { } html)
        {
            text = System.Net.WebUtility.HtmlDecode(Tags().Replace(LineBreaks().Replace(html, "\n"), string.Empty));
        }

        var lines = (text ?? string.Empty).Replace("\r\n", "\n").Split('\n').Where(l => !l.TrimStart().StartsWith('>'));
        return string.Join("\n", lines).Trim();
    }

    private static string? FirstLine(string text) => text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..max];

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"<br\s*/?>|</p>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreaks();
}
