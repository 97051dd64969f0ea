using GuestLoop.Domain.Cases;

namespace GuestLoop.Domain.Customers;

/// <summary>
/// A guest's profile (DESIGN §7): who they are, how to reach them, what they consumed, what they prefer and need,
/// what they consented to, and the care they were shown. Phone, email, document number and address are personal
/// data: the database keeps them encrypted, staff see them masked unless their role needs them.
/// </summary>
public sealed partial class Guest
{
    public const int NameMax = TextLimits.Name;
    public const int TextMax = TextLimits.Short;

    private readonly List<GuestVisit> _visits = [];
    private readonly List<CareAction> _careActions = [];
    private readonly List<GuestConsent> _consents = [];

    private Guest()
    {
    }

    public Guid Id { get; private set; }
    public string? Name { get; private set; }
    public string? Gender { get; private set; }
    public string? AgeRange { get; private set; }
    public string? Occupation { get; private set; }
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public string? IdNumber { get; private set; }
    public string? Address { get; private set; }
    public GuestPreferences Preferences { get; private set; } = GuestPreferences.None;
    public SpecialNeeds SpecialNeeds { get; private set; }
    public LoyaltyTier Tier { get; private set; }
    public List<string> Tags { get; private set; } = [];

    /// <summary>The properties whose staff may see this guest: those of the guest's cases and stays.</summary>
    public List<Guid> PropertyIds { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset LastActivityAt { get; private set; }

    /// <summary>Set when staff merged this profile into another; the profile stays for the merge to be undone.</summary>
    public Guid? MergedIntoId { get; private set; }
    public DateTimeOffset? RepeatFlaggedAt { get; private set; }
    public DateTimeOffset? ErasedAt { get; private set; }
    public IReadOnlyList<GuestVisit> Visits => _visits;
    public IReadOnlyList<CareAction> CareActions => _careActions;
    public IReadOnlyList<GuestConsent> Consents => _consents;

    public bool IsErased => ErasedAt is not null;

    public static Guest Create(GuestDetails details, Guid propertyId, DateTimeOffset now)
    {
        var guest = new Guest { Id = Guid.CreateVersion7(), CreatedAt = now, LastActivityAt = now };
        guest.Correct(details);
        guest.SeenAt(propertyId, now);
        return guest;
    }

    /// <summary>
    /// Replaces the basic information and contacts, except the personal data in <paramref name="keep"/>, which keeps its
    /// value: staff who see those values masked correct the others without retyping what they cannot see.
    /// </summary>
    public void Correct(GuestDetails details, IReadOnlyCollection<SensitiveField> keep) =>
        Correct(details with
        {
            Phone = keep.Contains(SensitiveField.Phone) ? Phone : details.Phone,
            Email = keep.Contains(SensitiveField.Email) ? Email : details.Email,
            IdNumber = keep.Contains(SensitiveField.IdNumber) ? IdNumber : details.IdNumber,
            Address = keep.Contains(SensitiveField.Address) ? Address : details.Address,
        });

    /// <summary>Replaces the basic information and contacts (the guest's right to correction).</summary>
    public void Correct(GuestDetails details)
    {
        EnsureNotErased();
        var errors = details.Validate();
        if (errors.Any)
        {
            throw new GuestValidationException(errors);
        }

        Name = details.Name;
        Gender = details.Gender;
        AgeRange = details.AgeRange;
        Occupation = details.Occupation;
        Phone = ContactNormaliser.Normalise(SensitiveField.Phone, details.Phone);
        Email = ContactNormaliser.Normalise(SensitiveField.Email, details.Email);
        IdNumber = ContactNormaliser.Normalise(SensitiveField.IdNumber, details.IdNumber);
        Address = string.IsNullOrWhiteSpace(details.Address) ? null : details.Address.Trim();
    }

    /// <summary>Fills contacts the profile lacks from a new case; a known value is never overwritten by intake.</summary>
    public void Complete(string? name, string? phone, string? email, string? idNumber)
    {
        Name ??= string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        Phone ??= ContactNormaliser.Normalise(SensitiveField.Phone, phone);
        Email ??= ContactNormaliser.Normalise(SensitiveField.Email, email);
        IdNumber ??= ContactNormaliser.Normalise(SensitiveField.IdNumber, idNumber);
    }

    public void SeenAt(Guid propertyId, DateTimeOffset now)
    {
        if (!PropertyIds.Contains(propertyId))
        {
            PropertyIds = [.. PropertyIds, propertyId];
        }

        LastActivityAt = now > LastActivityAt ? now : LastActivityAt;
    }

    public void SetProfile(GuestPreferences preferences, SpecialNeeds needs, LoyaltyTier tier, IEnumerable<string> tags)
    {
        EnsureNotErased();
        var errors = new FieldErrors();
        TextLimits.Check(errors, "roomType", preferences.RoomType, TextLimits.Short);
        TextLimits.Check(errors, "floor", preferences.Floor, TextLimits.Short);
        TextLimits.Check(errors, "view", preferences.View, TextLimits.Short);
        TextLimits.Check(errors, "diet", preferences.Diet, TextLimits.Short);
        tags = tags.ToList();
        if (tags.Any(t => t.Length > TextLimits.Name))
        {
            errors.Add("tags", $"A tag is at most {TextLimits.Name} characters.");
        }

        if (errors.Any)
        {
            throw new GuestValidationException(errors);
        }

        Preferences = preferences;
        SpecialNeeds = needs;
        Tier = tier;
        Tags = tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct().Take(20).ToList();
    }

    public GuestVisit AddVisit(GuestVisit visit, DateTimeOffset now)
    {
        EnsureNotErased();
        var errors = new FieldErrors();
        TextLimits.Check(errors, "reference", visit.Reference, GuestVisit.ReferenceMax);
        TextLimits.Check(errors, "note", visit.Note, TextLimits.Short);
        if (PlausibleDates.Due(visit.From, now) is { } fromError)
        {
            errors.Add("from", fromError);
        }

        if (visit.To is { } to && PlausibleDates.Due(to, now) is { } toError)
        {
            errors.Add("to", toError);
        }

        if (errors.Any)
        {
            throw new GuestValidationException(errors);
        }

        _visits.Add(visit);
        SeenAt(visit.PropertyId, now);
        return visit;
    }

    public bool MayBeContactedFor(ConsentPurpose purpose) =>
        !IsErased && _consents.LastOrDefault(c => c.Purpose == purpose) is not { Granted: false };

    public void RecordConsent(ConsentPurpose purpose, bool granted, DateTimeOffset at, string? source)
    {
        EnsureNotErased();
        if (TextLimits.Error(source, TextLimits.Short) is { } tooLong)
        {
            throw new GuestValidationException(FieldErrors.For("source", tooLong));
        }

        _consents.RemoveAll(c => c.Purpose == purpose);
        _consents.Add(new GuestConsent(purpose, granted, at, source));
    }

    /// <summary>Plans a greeting or an offer; an offer needs the guest's marketing consent.</summary>
    public CareAction Care(CareKind kind, string note, DateTimeOffset at, string by)
    {
        EnsureNotErased();
        if (kind == CareKind.Offer && !MayBeContactedFor(ConsentPurpose.Marketing))
        {
            throw new GuestRuleException("The guest withdrew consent to marketing; no offer may be made.");
        }

        if (string.IsNullOrWhiteSpace(note) || note.Length > TextMax)
        {
            throw new GuestValidationException(FieldErrors.For("note", $"A note of at most {TextMax} characters is required."));
        }

        var action = new CareAction(kind, note.Trim(), at, by);
        _careActions.Add(action);
        return action;
    }

    public bool FlagRepeat(DateTimeOffset now)
    {
        if (RepeatFlaggedAt is not null)
        {
            return false;
        }

        RepeatFlaggedAt = now;
        return true;
    }

    private void EnsureNotErased()
    {
        if (IsErased)
        {
            throw new GuestRuleException("The guest's personal data was erased.");
        }
    }
}
