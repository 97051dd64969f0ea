using GuestLoop.Domain.Customers;

namespace GuestLoop.Domain.Cases;

/// <summary>What is known when a case comes in, from any channel.</summary>
public sealed record NewCase(
    Guid PropertyId,
    CaseKind Kind,
    Channel Channel,
    string Title,
    string Description,
    Complainant? Complainant = null,
    string? Demands = null,
    string? Place = null,
    DateTimeOffset? OccurredAt = null,
    DateTimeOffset? ReceivedAt = null,
    string? ExternalRef = null,
    Category? Category = null,
    Severity? Severity = null,
    IReadOnlyList<PraisedStaff>? PraisedStaff = null,
    string? PraisedNames = null)
{
    /// <summary>The field errors of the case as received at <paramref name="now"/>.</summary>
    public FieldErrors Validate(DateTimeOffset now)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(Title))
        {
            errors.Add("title", "The title is required.");
        }

        if (string.IsNullOrWhiteSpace(Description))
        {
            errors.Add("description", "The description is required.");
        }

        TextLimits.Check(errors, "title", Title, TextLimits.Title);
        TextLimits.Check(errors, "description", Description, TextLimits.Text);
        TextLimits.Check(errors, "demands", Demands, TextLimits.Demands);
        TextLimits.Check(errors, "place", Place, TextLimits.Place);
        TextLimits.Check(errors, "externalRef", ExternalRef, TextLimits.Short);
        TextLimits.Check(errors, "customer.name", Complainant?.Name, TextLimits.Name);
        if (Complainant is { } complainant)
        {
            ContactRules.Check(complainant.Phone, complainant.Email, errors, "customer.");
        }

        if (ReceivedAt is { } receivedAt && PlausibleDates.Past(receivedAt, now) is { } receivedError)
        {
            errors.Add("receivedAt", receivedError);
        }

        if (OccurredAt is { } occurredAt && PlausibleDates.Past(occurredAt, now) is { } occurredError)
        {
            errors.Add("occurredAt", occurredError);
        }
        else if (OccurredAt is { } occurred && ReceivedAt is { } received && occurred > received)
        {
            errors.Add("occurredAt", "The matter cannot have occurred after it was received.");
        }

        if (Kind != CaseKind.Praise && (PraisedStaff is { Count: > 0 } || !string.IsNullOrWhiteSpace(PraisedNames)))
        {
            errors.Add("praisedStaffIds", "Only a praise names the staff praised.");
        }
        else if (PraisedNames is { Length: > Case.PraisedNamesMax })
        {
            errors.Add("praisedNames", $"At most {Case.PraisedNamesMax} characters.");
        }

        return errors;
    }
}
