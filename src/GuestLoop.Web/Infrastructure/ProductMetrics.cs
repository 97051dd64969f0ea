using System.Diagnostics.Metrics;
using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Sla;

namespace GuestLoop.Web.Infrastructure;

/// <summary>
/// The product's own counters, beside the rounds' (<see cref="GuestLoopMetrics"/>) and the SQLite write gate's
/// ("GuestLoop.Database"): cases received by channel, steps taken, deadlines breached, mail read and sent. Exported by
/// OpenTelemetry (<see cref="Telemetry"/>) with every meter whose name starts with "GuestLoop.".
/// </summary>
public sealed class ProductMetrics
{
    public const string CasesMeter = "GuestLoop.Cases";
    public const string MailMeter = "GuestLoop.Mail";

    private readonly Counter<long> _received;
    private readonly Counter<long> _steps;
    private readonly Counter<long> _breached;
    private readonly Counter<long> _mailRead;
    private readonly Counter<long> _mailSent;

    public ProductMetrics(IMeterFactory meters)
    {
        var cases = meters.Create(CasesMeter);
        _received = cases.CreateCounter<long>("guestloop.cases.received", description: "Cases received, by channel and kind");
        _steps = cases.CreateCounter<long>("guestloop.case.steps", description: "Steps recorded on cases, by action");
        _breached = cases.CreateCounter<long>("guestloop.deadlines.breached",
            description: "Stage deadlines found breached by the escalation round (once each), by stage");
        var mail = meters.Create(MailMeter);
        _mailRead = mail.CreateCounter<long>("guestloop.mail.read", description: "Messages read from the mailboxes, by outcome");
        _mailSent = mail.CreateCounter<long>("guestloop.mail.sent", description: "Emails sent, by outcome");
    }

    public void CaseReceived(Channel channel, CaseKind kind) =>
        _received.Add(1, new("channel", Tag(channel)), new("kind", Tag(kind)));

    public void Step(CaseAction action) => _steps.Add(1, new KeyValuePair<string, object?>("action", Tag(action)));

    public void DeadlineBreached(SlaStage stage) => _breached.Add(1, new KeyValuePair<string, object?>("stage", Tag(stage)));

    public void MailRead(string outcome) =>
        _mailRead.Add(1, new KeyValuePair<string, object?>("outcome", outcome.Split(':')[0]));

    public void MailSent(bool succeeded) => _mailSent.Add(1, new KeyValuePair<string, object?>("outcome", succeeded ? "sent" : "failed"));

    private static string Tag<T>(T value) where T : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
