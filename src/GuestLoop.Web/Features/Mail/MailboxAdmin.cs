using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Mail;

/// <summary>A mailbox as an administrator enters it; a blank password on an update keeps the stored one.</summary>
public sealed record MailboxInput(string? Name, Guid? PropertyId, string? Host, int? Port, MailTls? Tls, string? UserName, string? Password,
    string? Folder, string? Address, bool Enabled = true);

/// <summary>The administrator's side of guest mailboxes: add, change, switch off and on. Every change is in the audit log, never the password.</summary>
public sealed class MailboxAdmin(GuestLoopDbContext db, MailboxPasswords passwords, AuditLog audit, TimeProvider clock)
{
    public Task<List<Mailbox>> ListAsync(CancellationToken ct) => db.Mailboxes.AsNoTracking().OrderBy(m => m.Name).ToListAsync(ct);

    public Task<Mailbox?> FindAsync(Guid id, CancellationToken ct) => db.Mailboxes.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct);

    /// <summary>Field errors (resource keys) and nothing saved, or the saved mailbox.</summary>
    public async Task<(Mailbox? Mailbox, Dictionary<string, string> Errors)> SaveAsync(Guid? id, MailboxInput input, AccessScope actor, CancellationToken ct)
    {
        var existing = id is { } key ? await db.Mailboxes.SingleOrDefaultAsync(m => m.Id == key, ct) : null;
        var errors = await ValidateAsync(id, input, needsPassword: existing is null, ct);
        if (errors.Count > 0 || id is not null && existing is null)
        {
            return (null, errors);
        }

        var before = existing is null ? null : Describe(existing);
        var box = existing ?? new Mailbox
        {
            Name = "", Host = "", UserName = "", ProtectedPassword = "", Address = "", CreatedAt = clock.GetUtcNow(), NextAttemptAt = clock.GetUtcNow(),
        };
        box.Name = input.Name!.Trim();
        box.PropertyId = input.PropertyId!.Value;
        box.Host = input.Host!.Trim();
        box.Port = input.Port!.Value;
        box.Tls = input.Tls!.Value;
        box.UserName = input.UserName!.Trim();
        box.Folder = string.IsNullOrWhiteSpace(input.Folder) ? "INBOX" : input.Folder.Trim();
        box.Address = input.Address!.Trim();
        box.Enabled = input.Enabled;
        if (!string.IsNullOrEmpty(input.Password))
        {
            box.ProtectedPassword = passwords.Protect(input.Password);
        }

        if (existing is null)
        {
            db.Mailboxes.Add(box);
        }
        else
        {
            // A changed setting deserves a fresh try, not the rest of a back-off.
            box.NextAttemptAt = clock.GetUtcNow();
        }

        audit.Append(actor, existing is null ? "mailbox.create" : "mailbox.update", "mailbox", box.Id.ToString(), before, Describe(box));
        await db.SaveChangesAsync(ct);
        return (box, errors);
    }

    private async Task<Dictionary<string, string>> ValidateAsync(Guid? id, MailboxInput input, bool needsPassword, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 100)
        {
            errors["name"] = "Admin.Error.Required";
        }
        else if (await db.Mailboxes.AnyAsync(m => m.Name == input.Name.Trim() && m.Id != id, ct))
        {
            errors["name"] = "Admin.Error.CodeTaken";
        }

        if (input.PropertyId is not { } pid || !await db.Properties.AnyAsync(p => p.Id == pid, ct))
        {
            errors["property"] = "Admin.Error.Required";
        }

        if (string.IsNullOrWhiteSpace(input.Host) || input.Host.Trim().Length > 200)
        {
            errors["host"] = "Admin.Error.Required";
        }

        if (input.Port is not (>= 1 and <= 65535))
        {
            errors["port"] = "Mail.Error.Port";
        }

        if (input.Tls is null)
        {
            errors["tls"] = "Admin.Error.Required";
        }

        if (string.IsNullOrWhiteSpace(input.UserName) || input.UserName.Trim().Length > 200)
        {
            errors["userName"] = "Admin.Error.Required";
        }

        if (needsPassword && string.IsNullOrEmpty(input.Password))
        {
            errors["password"] = "Admin.Error.Required";
        }

        if (string.IsNullOrWhiteSpace(input.Address) || !input.Address.Contains('@') || input.Address.Trim().Length > 254)
        {
            errors["address"] = "Mail.Error.Address";
        }

        return errors;
    }

    private static object Describe(Mailbox m) => new { m.Name, m.PropertyId, m.Host, m.Port, Tls = m.Tls.ToString(), m.UserName, m.Folder, m.Address, m.Enabled };
}
