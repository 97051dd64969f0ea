using MailKit;
using MailKit.Net.Imap;
using MailKit.Net.Smtp;
using MailKit.Search;
using MailKit.Security;
using MimeKit;

namespace GuestLoop.Web.Tests.Infrastructure;

/// <summary>
/// The real IMAP and SMTP servers of eng/ci/mail-servers.sh, from GUESTLOOP_TEST_IMAP (host:port:user:password) and
/// GUESTLOOP_TEST_SMTP (host:port). Any user name logs in with the password and has a mailbox of its own, so each test
/// takes a fresh one. Without the variables the mail tests skip locally, and fail under CI=true.
/// </summary>
public static class MailServers
{
    public const string ImapVariable = "GUESTLOOP_TEST_IMAP";
    public const string SmtpVariable = "GUESTLOOP_TEST_SMTP";
    public const string Domain = "guestloop.test";

    public static void Require()
    {
        var imap = Environment.GetEnvironmentVariable(ImapVariable);
        var smtp = Environment.GetEnvironmentVariable(SmtpVariable);
        if (!string.IsNullOrWhiteSpace(imap) && !string.IsNullOrWhiteSpace(smtp))
        {
            return;
        }

        if (TestDatabases.InCi)
        {
            throw new InvalidOperationException($"CI=true but {ImapVariable} or {SmtpVariable} is not set: the mail tests must run in CI.");
        }

        Skip.If(true, $"No mail servers configured ({ImapVariable}, {SmtpVariable}); eng/ci/mail-servers.sh starts them.");
    }

    private static string[] Imap => Environment.GetEnvironmentVariable(ImapVariable)!.Split(':');
    private static string[] Smtp => Environment.GetEnvironmentVariable(SmtpVariable)!.Split(':');

    public static string ImapHost => Imap[0];
    public static int ImapPort => int.Parse(Imap[1], System.Globalization.CultureInfo.InvariantCulture);
    public static string Password => Imap[3];
    public static string SmtpHost => Smtp[0];
    public static int SmtpPort => int.Parse(Smtp[1], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A user (and mailbox) no other test uses.</summary>
    public static string NewUser(string prefix = "box") => prefix + Guid.NewGuid().ToString("N")[..12];

    public static string Address(string user) => $"{user}@{Domain}";

    public static async Task AppendAsync(string user, MimeMessage message)
    {
        using var client = await ConnectAsync(user);
        await client.Inbox.AppendAsync(message);
        await client.DisconnectAsync(true);
    }

    /// <summary>Waits (up to 10 s) for SMTP to deliver into the user's mailbox and returns the messages there.</summary>
    public static async Task<IReadOnlyList<MimeMessage>> WaitForMessagesAsync(string user, int count = 1)
    {
        for (var i = 0; i < 100; i++)
        {
            using var client = await ConnectAsync(user);
            await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
            if (client.Inbox.Count >= count)
            {
                var messages = new List<MimeMessage>();
                foreach (var uid in await client.Inbox.SearchAsync(SearchQuery.All))
                {
                    messages.Add(await client.Inbox.GetMessageAsync(uid));
                }

                await client.DisconnectAsync(true);
                return messages;
            }

            await client.DisconnectAsync(true);
            await Task.Delay(100);
        }

        throw new TimeoutException($"No mail arrived for {user}.");
    }

    public static async Task SendAsync(MimeMessage message)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync(SmtpHost, SmtpPort, SecureSocketOptions.None);
        await client.SendAsync(message);
        await client.DisconnectAsync(true);
    }

    private static async Task<ImapClient> ConnectAsync(string user)
    {
        var client = new ImapClient();
        await client.ConnectAsync(ImapHost, ImapPort, SecureSocketOptions.None);
        await client.AuthenticateAsync(user, Password);
        return client;
    }

    /// <summary>A plain mail from a guest with a Message-Id of its own.</summary>
    public static MimeMessage GuestMail(string to, string subject, string body, string from = "zhang.wei@example.com", string fromName = "张伟")
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(fromName, from));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("guest.example.com");
        message.Body = new TextPart("plain") { Text = body };
        return message;
    }
}
