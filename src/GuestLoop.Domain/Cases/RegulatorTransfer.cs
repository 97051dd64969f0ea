namespace GuestLoop.Domain.Cases;

/// <summary>
/// A complaint handed over by a regulator (12301, 12345, a culture-and-tourism bureau): who sent it, under
/// which of their reference numbers, and when — the regulator's own clock runs from that moment.
/// </summary>
public sealed record RegulatorTransfer(string Regulator, string ReferenceNumber, DateTimeOffset TransferredAt)
{
    public const int RegulatorMax = 100;
    public const int ReferenceMax = 100;

    public FieldErrors Validate(DateTimeOffset now)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(Regulator) || Regulator.Length > RegulatorMax)
        {
            errors.Add("regulator.name", $"The regulator's name is required (at most {RegulatorMax} characters).");
        }

        if (string.IsNullOrWhiteSpace(ReferenceNumber) || ReferenceNumber.Length > ReferenceMax)
        {
            errors.Add("regulator.referenceNumber", $"The regulator's reference number is required (at most {ReferenceMax} characters).");
        }

        if (TransferredAt > now.AddMinutes(5))
        {
            errors.Add("regulator.transferredAt", "The transfer cannot be in the future.");
        }

        return errors;
    }
}

/// <summary>A document exchanged with the regulator (the transfer letter, the enterprise's reply …).</summary>
public sealed record RegulatorDocument(string Name, string? Url)
{
    public const int NameMax = 260;
    public const int UrlMax = 1000;
}
