using GuestLoop.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Replies;

/// <summary>One text message to a guest, whatever the gateway did with it.</summary>
public sealed class SmsMessage
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public Guid? SurveyId { get; set; }

    /// <summary>reply, survey-reminder or tracking-link.</summary>
    public required string Purpose { get; set; }
    public required string To { get; set; }
    public required string Text { get; set; }
    public required string Gateway { get; set; }

    /// <summary>sent, logged (the log-only gateway) or failed; queued and sending while a message saved with a case waits for the gateway.</summary>
    public required string Status { get; set; }
    public string? Error { get; set; }
    public DateTimeOffset At { get; set; }
}

/// <summary>Sends a text message through the configured gateway and keeps it in the outbox, sent or not.</summary>
public sealed class SmsOutbox(GuestLoopDbContext db, ISmsGateway gateway, TimeProvider clock, ILogger<SmsOutbox> log)
{
    public const string Queued = "queued";

    public async Task<SmsMessage> SendAsync(Guid caseId, Guid? surveyId, string purpose, string to, string text, CancellationToken ct)
    {
        var message = new SmsMessage
        {
            CaseId = caseId, SurveyId = surveyId, Purpose = purpose, To = to, Text = text, Gateway = gateway.Name, Status = "sent", At = clock.GetUtcNow(),
        };
        await TrySendAsync(message, ct);
        db.SmsMessages.Add(message);
        await db.SaveChangesAsync(ct);
        return message;
    }

    /// <summary>
    /// Adds a message to the caller's unit of work, saved with it: kept as logged at once by the log-only gateway (it
    /// sends nothing), else queued for <see cref="DeliverAsync"/> once the caller has committed.
    /// </summary>
    public SmsMessage Queue(Guid caseId, string purpose, string to, string text)
    {
        var message = new SmsMessage
        {
            CaseId = caseId, Purpose = purpose, To = to, Text = text, Gateway = gateway.Name,
            Status = gateway is LogOnlySmsGateway ? "logged" : Queued, At = clock.GetUtcNow(),
        };
        db.SmsMessages.Add(message);
        return message;
    }

    /// <summary>Sends a queued message, claimed first with one conditional UPDATE so that of several instances only one sends it.</summary>
    public async Task DeliverAsync(Guid id, CancellationToken ct)
    {
        if (await db.SmsMessages.Where(m => m.Id == id && m.Status == Queued).ExecuteUpdateAsync(u => u.SetProperty(m => m.Status, "sending"), ct) == 0)
        {
            return;
        }

        var message = await db.SmsMessages.SingleAsync(m => m.Id == id, ct);
        await TrySendAsync(message, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Messages still queued, oldest first (an instance stopped between the commit and the sending).</summary>
    public async Task<IReadOnlyList<Guid>> QueuedAsync(CancellationToken ct) =>
        await db.SmsMessages.AsNoTracking().Where(m => m.Status == Queued).OrderBy(m => m.At).Select(m => m.Id).Take(100).ToListAsync(ct);

    private async Task TrySendAsync(SmsMessage message, CancellationToken ct)
    {
        try
        {
            await gateway.SendAsync(message.To, message.Text, ct);
            message.Status = gateway is LogOnlySmsGateway ? "logged" : "sent";
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            log.LogWarning(e, "A text message to the guest of case {Case} could not be sent", message.CaseId);
            message.Status = "failed";
            message.Error = e.Message.Length > 1000 ? e.Message[..1000] : e.Message;
        }
    }
}
