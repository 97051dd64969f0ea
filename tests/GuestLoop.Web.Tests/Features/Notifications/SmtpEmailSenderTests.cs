using GuestLoop.Web.Features.Notifications;
using GuestLoop.Web.Infrastructure;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GuestLoop.Web.Tests.Features.Notifications;

/// <summary>The SMTP sender against the real test mail server: a round's messages on one connection, a failure not ending the batch.</summary>
public sealed class SmtpEmailSenderTests
{
    private static SmtpEmailSender Sender(string from, int? port = null)
    {
        var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        return new SmtpEmailSender(Options.Create(new SmtpOptions { Host = MailServers.SmtpHost, Port = port ?? MailServers.SmtpPort, From = from }),
            new ProductMetrics(services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()));
    }

    [SkippableFact]
    public async Task A_batch_delivers_every_message_and_a_bad_one_in_the_middle_does_not_stop_the_rest()
    {
        MailServers.Require();
        var guest = MailServers.NewUser("guest");
        var sender = Sender(MailServers.Address(MailServers.NewUser("hotel")));

        await using (var batch = await ((IEmailSender)sender).OpenBatchAsync(CancellationToken.None))
        {
            await batch.SendAsync(new EmailMessage(MailServers.Address(guest), "客人", "第一封", "正文一"), CancellationToken.None);
            await Assert.ThrowsAnyAsync<Exception>(() => batch.SendAsync(new EmailMessage("not an address", "?", "坏的", "x"), CancellationToken.None));
            await batch.SendAsync(new EmailMessage(MailServers.Address(guest), "客人", "第二封", "正文二"), CancellationToken.None);
            await batch.SendAsync(new EmailMessage(MailServers.Address(guest), "客人", "第三封", "正文三"), CancellationToken.None);
        }

        var delivered = await MailServers.WaitForMessagesAsync(guest, 3);
        Assert.Equal(["第一封", "第三封", "第二封"], delivered.Select(m => m.Subject).Order());
    }

    [SkippableFact]
    public async Task A_long_batch_renews_its_connection_before_the_server_caps_the_session()
    {
        MailServers.Require();
        var guest = MailServers.NewUser("guest");
        var count = SmtpEmailSender.MessagesPerConnection * 2 + 10;
        await using (var batch = await ((IEmailSender)Sender(MailServers.Address(MailServers.NewUser("hotel")))).OpenBatchAsync(CancellationToken.None))
        {
            for (var i = 0; i < count; i++)
            {
                await batch.SendAsync(new EmailMessage(MailServers.Address(guest), "客人", $"通知 {i}", "正文"), CancellationToken.None);
            }
        }

        Assert.Equal(count, (await MailServers.WaitForMessagesAsync(guest, count)).Count);
    }

    [SkippableFact]
    public async Task A_server_that_does_not_answer_fails_each_message_with_an_error_not_a_hang()
    {
        MailServers.Require();
        var sender = Sender("hotel@guestloop.test", port: 1);
        await using var batch = await ((IEmailSender)sender).OpenBatchAsync(CancellationToken.None);

        await Assert.ThrowsAnyAsync<Exception>(() => batch.SendAsync(new EmailMessage("a@guestloop.test", "a", "s", "b"), CancellationToken.None));
        await Assert.ThrowsAnyAsync<Exception>(() => batch.SendAsync(new EmailMessage("b@guestloop.test", "b", "s", "b"), CancellationToken.None));
    }
}
