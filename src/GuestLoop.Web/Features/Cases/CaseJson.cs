using System.ComponentModel;
using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Customers;
using GuestLoop.Domain.Sla;
using GuestLoop.Web.Features.Account;

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
    string? PolicyOverride = null,
    CaseRefJson? MergedInto = null,
    IReadOnlyList<CaseRefJson>? Merged = null,
    IReadOnlyList<DuplicateJson>? Duplicates = null,
    PraiseJson? Praise = null,
    FollowUpJson? FollowUp = null)
{
    /// <summary>The guest profile of the complainant, when known.</summary>
    public Guid? GuestId { get; init; }

    /// <summary>The guest has special needs: served with priority.</summary>
    public bool Priority { get; init; }

    /// <summary>
    /// The one way a case leaves the server: its complainant's contacts as the viewer's rights show them (masked unless
    /// <see cref="AccessScope.SeesClearValues"/>). Every response that carries a case is built here.
    /// </summary>
    /// <param name="timeZoneId">The property's IANA zone: deadlines are given in its offset, whether just computed or read back.</param>
    public static CaseJson For(AccessScope viewer, Case c, string propertyCode, string timeZoneId, IEnumerable<CaseDeadlineRow> deadlines,
        DateTimeOffset now, bool withHistory)
    {
        var json = From(c, propertyCode, timeZoneId, deadlines, now, withHistory);
        return viewer.SeesClearValues ? json : json with { Customer = json.Customer.MaskedUnless(false) };
    }

    private static CaseJson From(Case c, string propertyCode, string timeZoneId, IEnumerable<CaseDeadlineRow> deadlines, DateTimeOffset now,
        bool withHistory) => new(
        c.Id, c.Number, c.Kind, c.Channel, propertyCode, c.Status, c.Category, c.Severity, c.Object, c.Title, c.Description,
        c.Demands, c.Place, c.ReceivedAt, c.OccurredAt, c.ExternalRef,
        new CustomerJson(c.Complainant.Name, c.Complainant.Phone, c.Complainant.Email),
        c.DepartmentId, c.AssigneeId, c.IsPaused, c.ReopenCount, c.RequiredAuthority.ToString(),
        deadlines.OrderBy(d => d.StartedAt).ThenBy(d => d.Stage).Select(d => DeadlineJson.In(timeZoneId, d.Stage, d.StartedAt, d.DueAt, d.MetAt,
            d.DueAt is { } due && (d.MetAt ?? now) > due, d.Provisional)).ToList(),
        c.Replies.OrderBy(r => r.At).Select(r => new ReplyJson(r.At, r.Text, r.Interim, r.ExpectedBy)).ToList(),
        withHistory
            ? c.History.Chronological().Select(h => HistoryJson.From(h)).ToList()
            : null,
        c.Transfer is { } t
            ? new RegulatorJson(t.Regulator, t.ReferenceNumber, t.TransferredAt, c.RegulatorDocuments.Select(d => new RegulatorDocumentJson(d.Name, d.Url)).ToList())
            : null,
        c.PolicyOverride,
        c.MergedIntoId is { } into ? new CaseRefJson(into, c.MergedIntoNumber ?? "?") : null,
        Praise: c.Kind == CaseKind.Praise
            ? new PraiseJson(c.PraisedStaff.Select(p => new PraisedJson(p.StaffId, p.Name)).ToList(), c.PraisedNames, c.RecognisedAt)
            : null,
        FollowUp: FollowUpJson.From(c))
    {
        GuestId = c.GuestId,
        Priority = c.Priority,
    };
}

public sealed record CaseRefJson(Guid Id, string Number);

public sealed record PraiseJson(IReadOnlyList<PraisedJson> Staff, string? Names, DateTimeOffset? RecognisedAt);

public sealed record PraisedJson(Guid? StaffId, string Name);

/// <summary>The last follow-up visit: how, how satisfied, the outcome, and who recorded it when (from the history).</summary>
public sealed record FollowUpJson(string Way, int Satisfaction, bool Satisfied, string? Note, string? By, DateTimeOffset? At)
{
    public static FollowUpJson? From(Case c)
    {
        if (c.FollowUp is not { } f)
        {
            return null;
        }

        var line = c.History.Chronological().LastOrDefault(e => e.Action == CaseAction.RecordFollowUp);
        return new FollowUpJson(f.Way, f.Satisfaction, f.Satisfied, f.Note, line?.ActorName, line?.At);
    }
}

public sealed record RegulatorJson(string Name, string ReferenceNumber, DateTimeOffset TransferredAt, IReadOnlyList<RegulatorDocumentJson> Documents);

public sealed record RegulatorDocumentJson(string Name, string? Url);

public sealed record CustomerJson(string? Name, string? Phone, string? Email)
{
    /// <summary>The contacts as a caller who does not see clear values sees them.</summary>
    public CustomerJson MaskedUnless(bool clear) => clear ? this : this with { Phone = Masking.Phone(Phone), Email = Masking.Email(Email) };
}

/// <summary>One stage deadline; its instants carry the property's UTC offset (+08:00 in Beijing) in every response.</summary>
/// <param name="Provisional">Due in a year whose holidays are computed from the statutory rules; it moves when the arrangement is imported.</param>
public sealed record DeadlineJson(
    SlaStage Stage,
    [property: Description(DeadlineJson.InPropertyOffset)] DateTimeOffset StartedAt,
    [property: Description(DeadlineJson.InPropertyOffset + " Null while the clock is paused.")] DateTimeOffset? DueAt,
    [property: Description(DeadlineJson.InPropertyOffset + " Null until the stage is met.")] DateTimeOffset? MetAt,
    bool Breached,
    [property: Description("The property's IANA time zone (Asia/Shanghai) whose offset the instants of this deadline carry.")] string TimeZone,
    [property: Description("True when the deadline is counted in a year whose holiday arrangement is not published yet: the holidays are computed from the statutory rules, and the deadline is recomputed when the arrangement is imported.")] bool Provisional = false)
{
    public const string InPropertyOffset = "ISO 8601 with the offset of the property's time zone at that instant (named in timeZone), the same on create, read and list.";

    public static DeadlineJson In(string timeZoneId, SlaStage stage, DateTimeOffset startedAt, DateTimeOffset? dueAt, DateTimeOffset? metAt, bool breached,
        bool provisional = false)
    {
        var zone = CaseWorkflow.FindZone(timeZoneId);
        DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, zone);
        return new DeadlineJson(stage, Local(startedAt), dueAt is { } due ? Local(due) : null, metAt is { } met ? Local(met) : null, breached, zone.Id,
            provisional);
    }
}

public sealed record ReplyJson(DateTimeOffset At, string Text, bool Interim, DateOnly? ExpectedBy);

/// <param name="Source">The number of a case merged into this one, for the lines of its history.</param>
public sealed record HistoryJson(DateTimeOffset At, string Actor, CaseAction Action, string? Detail, string? Before, string? After,
    string? Source = null)
{
    public static HistoryJson From(CaseEvent h, string? source = null) => new(h.At, h.ActorName, h.Action, h.Detail, h.Before, h.After, source);
}

/// <param name="Total">The number of matching cases, counted up to a cap.</param>
/// <param name="TotalIsLowerBound">True when there are more than <paramref name="Total"/> (shown as "10,000+").</param>
public sealed record CaseListJson(IReadOnlyList<CaseJson> Items, int Total, int Page, int PageSize, bool TotalIsLowerBound = false);
