using Microsoft.AspNetCore.DataProtection;

namespace GuestLoop.Web.Features.Mail;

/// <summary>Mailbox passwords, encrypted at rest with the data-protection keys every instance shares.</summary>
public sealed class MailboxPasswords(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("GuestLoop.Mailboxes.Password.v1");

    public string Protect(string password) => _protector.Protect(password);

    public string Unprotect(string protectedPassword) => _protector.Unprotect(protectedPassword);
}
