using GuestLoop.Domain.Organisation;
using GuestLoop.Domain.Sla;

namespace GuestLoop.Domain.Cases;

/// <summary>Complaints transferred by a regulator carry the regulator's reference, documents and clock (DESIGN §4).</summary>
public sealed partial class Case
{
    private readonly List<RegulatorDocument> _regulatorDocuments = [];

    public RegulatorTransfer? Transfer { get; private set; }

    public IReadOnlyList<RegulatorDocument> RegulatorDocuments => _regulatorDocuments;

    /// <summary>
    /// The deadline policy that applies to this case whatever its property's policy is; null means the property's.
    /// A regulator's transfer sets it to <see cref="SlaPresets.RegulatorTransfer"/>.
    /// </summary>
    public string? PolicyOverride { get; private set; }

    public void RecordRegulatorTransfer(Actor actor, DateTimeOffset now, RegulatorTransfer transfer, IEnumerable<RegulatorDocument> documents)
    {
        if (Transfer is not null)
        {
            throw CaseValidationException.For("regulator", "The case already records a regulator's transfer.");
        }

        var errors = transfer.Validate(now);
        var list = documents.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(list[i].Name) || list[i].Name.Length > RegulatorDocument.NameMax)
            {
                errors.Add($"regulator.documents[{i}].name", $"A document name of 1 to {RegulatorDocument.NameMax} characters is required.");
            }

            if (list[i].Url is { } url && (url.Length > RegulatorDocument.UrlMax || !Uri.TryCreate(url, UriKind.Absolute, out _)))
            {
                errors.Add($"regulator.documents[{i}].url", "Not an absolute URL.");
            }
        }

        errors.ThrowIfAny();

        Transfer = transfer with { Regulator = transfer.Regulator.Trim(), ReferenceNumber = transfer.ReferenceNumber.Trim(), TransferredAt = transfer.TransferredAt.ToUniversalTime() };
        _regulatorDocuments.AddRange(list.Select(d => d with { Name = d.Name.Trim() }));
        PolicyOverride = SlaPresets.RegulatorTransfer;
        Record(now, actor, CaseAction.Edit, "regulator", after: $"{Transfer.Regulator} {Transfer.ReferenceNumber}");
    }
}
