using GuestLoop.Web.Infrastructure;
using GuestLoop.Web.Features.Surveys;
using Microsoft.Extensions.Options;

namespace GuestLoop.Web.Features.Mail;

/// <summary>
/// Every <c>GuestLoop:Mail:IntervalSeconds</c>, reads the guest mailboxes that are due and sends the survey reminders
/// that fell due. Every instance runs it; leases and receipts in the database keep the work from being done twice.
/// </summary>
public sealed class MailJob(IServiceScopeFactory scopes, IOptions<MailOptions> options, TimeProvider clock, ILogger<MailJob> log, RoundHealth health) : BackgroundService
{
    public const string Name = "Mail";

    public async Task RunOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var results = await scope.ServiceProvider.GetRequiredService<MailPoll>().RunAsync(ct);
        foreach (var r in results.Where(r => r.Read > 0 || !r.Succeeded))
        {
            log.LogInformation("Mailbox {Mailbox}: {Read} read, {Created} new cases, {Threaded} replies, {Dropped} dropped, error {Error}",
                r.MailboxId, r.Read, r.Created, r.Threaded, r.Dropped, r.Error);
        }

        var reminders = await scope.ServiceProvider.GetRequiredService<SendSurveyReminders>().RunAsync(ct);
        if (reminders > 0)
        {
            log.LogInformation("{Count} survey reminders sent", reminders);
        }

        var invitations = await scope.ServiceProvider.GetRequiredService<SendInvitationReminders>().RunAsync(ct);
        if (invitations > 0)
        {
            log.LogInformation("{Count} reminders of survey invitations sent", invitations);
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Value.Enabled
            ? PeriodicRounds.RunAsync(Name, options.Value.Interval, clock, log, health, RunOnceAsync, stoppingToken)
            : Task.CompletedTask;
}
