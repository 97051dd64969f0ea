using GuestLoop.Web.Data;

namespace GuestLoop.Web.Features.Replies;

/// <summary>One text message to a guest, whatever the gateway did with it.</summary>
public sealed class SmsMessage
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public Guid? SurveyId { get; set; }

    /// <summary>reply or survey-reminder.</summary>
    public required string Purpose { get; set; }
    public required string To { get; set; }
    public required string Text { get; set; }
    public required string Gateway { get; set; }

    /// <summary>sent, logged (the log-only gateway) or failed.</summary>
    public required string Status { get; set; }
    public string? Error { get; set; }
    public DateTimeOffset At { get; set; }
}

/// <summary>Sends a text message through the configured gateway and keeps it in the outbox, sent or not.</summary>
public sealed class SmsOutbox(GuestLoopDbContext db, ISmsGateway gateway, TimeProvider clock, ILogger<SmsOutbox> log)
{
    public async Task<SmsMessage> SendAsync(Guid caseId, Guid? surveyId, string purpose, string to, string text, CancellationToken ct)
    {
        var message = new SmsMessage
        {
            CaseId = caseId, SurveyId = surveyId, Purpose = purpose, To = to, Text = text, Gateway = gateway.Name, Status = "sent", At = clock.GetUtcNow(),
        };
        try
        {
            await gateway.SendAsync(to, text, ct);
            message.Status = gateway is LogOnlySmsGateway ? "logged" : "sent";
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            log.LogWarning(e, "A text message to the guest of case {Case} could not be sent", caseId);
            message.Status = "failed";
            message.Error = e.Message.Length > 1000 ? e.Message[..1000] : e.Message;
        }

        db.SmsMessages.Add(message);
        await db.SaveChangesAsync(ct);
        return message;
    }
}
