using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Customers;
using GuestLoop.Domain.Sla;

namespace GuestLoop.Web.Features.Cases;

/// <summary>The case as the integration API shows it.</summary>
public sealed record CaseJson(
    Guid Id,
    string Number,
    CaseKind Kind,
    Channel Channel,
    string Property,
    CaseStatus Status,
    Category Category,
    Severity Severity,
    CaseObject? Object,
    string Title,
    string Description,
    string? Demands,
    string? Place,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? OccurredAt,
    string? ExternalRef,
    CustomerJson Customer,
    Guid? DepartmentId,
    Guid? AssigneeId,
    bool Paused,
    int ReopenCount,
    string RequiredAuthority,
    IReadOnlyList<DeadlineJson> Deadlines,
    IReadOnlyList<ReplyJson> Replies,
    IReadOnlyList<HistoryJson>? History,
    RegulatorJson? Regulator = null,
    string? PolicyOverride = null)
{
    /// <summary>The guest profile of the complainant, when known.</summary>
    public Guid? GuestId { get; init; }

    /// <summary>The guest has special needs: served with priority.</summary>
    public bool Priority { get; init; }

    /// <summary>The complainant's contacts as a caller who does not see clear values sees them.</summary>
    public CaseJson MaskedUnless(bool clear) => clear
        ? this
        : this with { Customer = new CustomerJson(Customer.Name, Masking.Phone(Customer.Phone), Masking.Email(Customer.Email)) };

    public static CaseJson From(Case c, string propertyCode, IEnumerable<CaseDeadlineRow> deadlines, DateTimeOffset now, bool withHistory) => new(
        c.Id, c.Number, c.Kind, c.Channel, propertyCode, c.Status, c.Category, c.Severity, c.Object, c.Title, c.Description,
        c.Demands, c.Place, c.ReceivedAt, c.OccurredAt, c.ExternalRef,
        new CustomerJson(c.Complainant.Name, c.Complainant.Phone, c.Complainant.Email),
        c.DepartmentId, c.AssigneeId, c.IsPaused, c.ReopenCount, c.RequiredAuthority.ToString(),
        deadlines.OrderBy(d => d.StartedAt).Select(d => new DeadlineJson(d.Stage, d.StartedAt, d.DueAt, d.MetAt,
            d.DueAt is { } due && (d.MetAt ?? now) > due)).ToList(),
        c.Replies.OrderBy(r => r.At).Select(r => new ReplyJson(r.At, r.Text, r.Interim, r.ExpectedBy)).ToList(),
        withHistory
            ? c.History.Chronological().Select(h => new HistoryJson(h.At, h.ActorName, h.Action, h.Detail, h.Before, h.After)).ToList()
            : null,
        c.Transfer is { } t
            ? new RegulatorJson(t.Regulator, t.ReferenceNumber, t.TransferredAt, c.RegulatorDocuments.Select(d => new RegulatorDocumentJson(d.Name, d.Url)).ToList())
            : null,
        c.PolicyOverride)
    {
        GuestId = c.GuestId,
        Priority = c.Priority,
    };
}

public sealed record RegulatorJson(string Name, string ReferenceNumber, DateTimeOffset TransferredAt, IReadOnlyList<RegulatorDocumentJson> Documents);

public sealed record RegulatorDocumentJson(string Name, string? Url);

public sealed record CustomerJson(string? Name, string? Phone, string? Email);

public sealed record DeadlineJson(SlaStage Stage, DateTimeOffset StartedAt, DateTimeOffset? DueAt, DateTimeOffset? MetAt, bool Breached);

public sealed record ReplyJson(DateTimeOffset At, string Text, bool Interim, DateOnly? ExpectedBy);

public sealed record HistoryJson(DateTimeOffset At, string Actor, CaseAction Action, string? Detail, string? Before, string? After);

public sealed record CaseListJson(IReadOnlyList<CaseJson> Items, int Total, int Page, int PageSize);
