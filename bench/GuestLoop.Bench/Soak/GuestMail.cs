using System.Globalization;
using System.Net.Http.Json;
using GuestLoop.Bench.Scale;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MimeKit;

namespace GuestLoop.Bench.Soak;

/// <summary>
/// The mail ingredient, when the test mail servers of <c>eng/ci/mail-servers.sh</c> are there (GUESTLOOP_TEST_IMAP,
/// GUESTLOOP_TEST_SMTP): the app sends its notices and survey reminders through the SMTP server, reads a guest mailbox of
/// its own over IMAP, and a guest mail lands in that mailbox every five seconds.
/// </summary>
public sealed class GuestMail(string imapHost, int imapPort, string password, string smtpHost, int smtpPort)
{
    private readonly string _user = "soak" + Guid.NewGuid().ToString("N")[..10];

    public int Appended { get; private set; }

    public static GuestMail? FromEnvironment()
    {
        var imap = Environment.GetEnvironmentVariable("GUESTLOOP_TEST_IMAP")?.Split(':');
        var smtp = Environment.GetEnvironmentVariable("GUESTLOOP_TEST_SMTP")?.Split(':');
        return imap is { Length: 4 } && smtp is { Length: 2 }
            ? new GuestMail(imap[0], int.Parse(imap[1], CultureInfo.InvariantCulture), imap[3], smtp[0], int.Parse(smtp[1], CultureInfo.InvariantCulture))
            : null;
    }

    public IReadOnlyDictionary<string, string> AppSettings => new Dictionary<string, string>
    {
        ["GuestLoop:Smtp:Host"] = smtpHost,
        ["GuestLoop:Smtp:Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
        ["GuestLoop:Smtp:From"] = "guestloop@guestloop.test",
    };

    /// <summary>Adds the guest mailbox to the app, on the first bench property.</summary>
    public async Task AddMailboxAsync(HttpClient api, string property)
    {
        var response = await api.PostAsJsonAsync("/api/v1/mailboxes", new
        {
            name = "soak " + _user, property, host = imapHost, port = imapPort, tls = "none", userName = _user, password,
            address = _user + "@guestloop.test",
        });
        response.EnsureSuccessStatusCode();
    }

    public async Task RunAsync(CancellationToken ct)
    {
        var random = new Random(7);
        while (!ct.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromSeconds(5), ct).ContinueWith(_ => { }, TaskScheduler.Default);
            try
            {
                using var client = new ImapClient();
                await client.ConnectAsync(imapHost, imapPort, SecureSocketOptions.None, CancellationToken.None);
                await client.AuthenticateAsync(_user, password, CancellationToken.None);
                var (title, description, _, _) = CaseText.For("Complaint", random);
                var message = new MimeMessage();
                message.From.Add(new MailboxAddress(CaseText.Name(random), $"guest{random.Next(100_000)}@example.com"));
                message.To.Add(new MailboxAddress("", _user + "@guestloop.test"));
                message.Subject = title;
                message.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("guest.example.com");
                message.Body = new TextPart("plain") { Text = description };
                await client.Inbox.AppendAsync(message);
                await client.DisconnectAsync(true, CancellationToken.None);
                Appended++;
            }
            catch (Exception e) when (e is IOException or ImapProtocolException or ImapCommandException or System.Net.Sockets.SocketException)
            {
                Console.Error.WriteLine("mail: " + e.Message);
            }
        }
    }
}
