using GuestLoop.Domain;
using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Intake;
using GuestLoop.Web.Features.Cases;

namespace GuestLoop.Web.Features.Intake;

/// <summary>
/// The JSON a platform posts to <c>/api/v1/webhooks/{integrationId}</c>. A regulator adds <c>regulator</c>:
/// its name, its reference number, when it transferred the complaint, and the documents sent with it.
/// </summary>
public sealed record WebhookPayload(
    string? Title,
    string? Description,
    string? OccurredAt,
    CustomerInput? Customer,
    string? ExternalRef,
    string? Kind,
    RegulatorInput? Regulator)
{
    /// <summary>The case to receive and, from a regulator, its transfer; null when a field is wrong (its problem is in <paramref name="errors"/>).</summary>
    public (NewCase Case, RegulatorTransfer? Transfer)? ToNewCase(Integration integration, DateTimeOffset now, FieldErrors errors)
    {
        var occurred = CreateCaseRequest.ParseInstant("occurredAt", OccurredAt, errors);
        if (string.IsNullOrWhiteSpace(ExternalRef) || ExternalRef.Trim().Length > 200)
        {
            errors.Add("externalRef", "The platform's own reference (1 to 200 characters) is required.");
        }

        var kind = CaseKind.Complaint;
        if (!integration.Kind.IsRegulator() && !string.IsNullOrWhiteSpace(Kind))
        {
            kind = CreateCaseRequest.ParseEnum<CaseKind>("kind", Kind, errors) ?? kind;
        }

        RegulatorTransfer? transfer = null;
        if (integration.Kind.IsRegulator() && Regulator is null)
        {
            errors.Add("regulator", "A regulator's transfer needs the regulator's name, reference number and transfer time.");
        }
        else if (integration.Kind.IsRegulator())
        {
            var at = CreateCaseRequest.ParseInstant("regulator.transferredAt", Regulator!.TransferredAt, errors);
            if (at is null)
            {
                errors.TryAdd("regulator.transferredAt", "The time of the transfer is required.");
            }

            transfer = new RegulatorTransfer(Regulator.Name ?? string.Empty, Regulator.ReferenceNumber ?? string.Empty, at ?? now);
            errors.Add(transfer.Validate(now));
        }

        // A regulator's clock runs from its transfer: that is when the enterprise received the complaint.
        var newCase = new NewCase(integration.PropertyId, kind, Channel.Platform, Title?.Trim() ?? string.Empty, Description ?? string.Empty,
            new Complainant(Trim(Customer?.Name), Trim(Customer?.Phone), Trim(Customer?.Email)),
            OccurredAt: occurred, ReceivedAt: transfer is null ? null : Min(transfer.TransferredAt, now), ExternalRef: ExternalRef?.Trim());
        errors.Add(newCase.Validate(now));
        return errors.Any ? null : (newCase, transfer);
    }

    public IEnumerable<RegulatorDocument> Documents() => (Regulator?.Documents ?? []).Select(d => new RegulatorDocument(d.Name ?? string.Empty, d.Url));

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

public sealed record RegulatorInput(string? Name, string? ReferenceNumber, string? TransferredAt, IReadOnlyList<RegulatorDocumentInput>? Documents);

public sealed record RegulatorDocumentInput(string? Name, string? Url);
