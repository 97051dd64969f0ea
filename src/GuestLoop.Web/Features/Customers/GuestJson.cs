using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Customers;

namespace GuestLoop.Web.Features.Customers;

/// <summary>A guest in a list: contacts masked unless the caller's role sees clear values.</summary>
public sealed record GuestSummaryJson(Guid Id, string? Name, string? Phone, string? Email, SpecialNeeds SpecialNeeds, LoyaltyTier Tier,
    bool RepeatComplainant, bool Erased, bool Masked, DateTimeOffset LastActivityAt);

public sealed record GuestCaseJson(Guid Id, string Number, CaseKind Kind, Category Category, CaseStatus Status, string Title, DateTimeOffset ReceivedAt);

public sealed record GuestJson(
    Guid Id,
    string? Name,
    string? Gender,
    string? AgeRange,
    string? Occupation,
    string? Phone,
    string? Email,
    string? IdNumber,
    string? Address,
    bool Masked,
    GuestPreferences Preferences,
    SpecialNeeds SpecialNeeds,
    LoyaltyTier Tier,
    IReadOnlyList<string> Tags,
    IReadOnlyList<GuestConsent> Consents,
    IReadOnlyList<GuestVisit> Visits,
    IReadOnlyList<CareAction> CareActions,
    IReadOnlyList<GuestCaseJson> Cases,
    IReadOnlyList<Guid> MergedGuestIds,
    DateTimeOffset? RepeatFlaggedAt,
    DateTimeOffset? ErasedAt,
    DateTimeOffset CreatedAt)
{
    public static GuestSummaryJson Summary(Guest g, bool clear) => new(g.Id, g.Name,
        clear ? g.Phone : Masking.Phone(g.Phone), clear ? g.Email : Masking.Email(g.Email),
        g.SpecialNeeds, g.Tier, g.RepeatFlaggedAt is not null, g.IsErased, !clear, g.LastActivityAt);

    public static GuestJson From(Guest g, bool clear, IReadOnlyList<Guest> merged, IReadOnlyList<GuestCaseJson> cases) => new(
        g.Id, g.Name, g.Gender, g.AgeRange, g.Occupation,
        clear ? g.Phone : Masking.Phone(g.Phone),
        clear ? g.Email : Masking.Email(g.Email),
        clear ? g.IdNumber : Masking.IdNumber(g.IdNumber),
        clear ? g.Address : Masking.Address(g.Address),
        !clear, g.Preferences, g.SpecialNeeds, g.Tier, g.Tags, g.Consents,
        [.. g.Visits.Concat(merged.SelectMany(m => m.Visits)).OrderByDescending(v => v.From)],
        [.. g.CareActions.Concat(merged.SelectMany(m => m.CareActions)).OrderByDescending(a => a.At)],
        cases, [.. merged.Select(m => m.Id)], g.RepeatFlaggedAt, g.ErasedAt, g.CreatedAt);
}

public sealed record GuestListJson(IReadOnlyList<GuestSummaryJson> Items, int Total, int Page, int PageSize);

public sealed record RevealBody(string? Field, string? Reason);

public sealed record RevealJson(string Field, string? Value);

/// <param name="Keep">Personal data that keeps its current value whatever the body says (for callers that see it masked).</param>
public sealed record GuestDetailsBody(string? Name, string? Phone, string? Email, string? IdNumber, string? Address, string? Gender,
    string? AgeRange, string? Occupation, SensitiveField[]? Keep = null)
{
    public GuestDetails ToDetails() => new(Name?.Trim(), Phone, Email, IdNumber, Address, Gender, AgeRange, Occupation);
}

public sealed record GuestProfileBody(string? RoomType, string? Floor, string? View, string? Diet, SpecialNeeds[]? SpecialNeeds,
    LoyaltyTier? Tier, string[]? Tags);

public sealed record ConsentBody(ConsentPurpose? Purpose, bool? Granted, string? Source);

public sealed record CareBody(CareKind? Kind, string? Note);

public sealed record CareOutcomeBody(CareOutcome? Outcome);

public sealed record VisitBody(string? Property, VisitKind? Kind, DateOnly? From, DateOnly? To, string? Reference, decimal? Amount, string? Note);

public sealed record GuestMergeBody(Guid? MergedId);
