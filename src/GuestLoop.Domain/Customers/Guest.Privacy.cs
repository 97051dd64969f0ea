namespace GuestLoop.Domain.Customers;

public sealed partial class Guest
{
    public const string ErasedName = "已删除";

    /// <summary>
    /// Anonymises the person (the right to deletion): every item that identifies them goes; what remains is a
    /// placeholder that keeps their cases counted together for statistics.
    /// </summary>
    public void Erase(DateTimeOffset now)
    {
        if (IsErased)
        {
            return;
        }

        Name = ErasedName;
        Gender = AgeRange = Occupation = Phone = Email = IdNumber = Address = null;
        Preferences = GuestPreferences.None;
        SpecialNeeds = SpecialNeeds.None;
        Tags = [];
        _visits.Clear();
        _careActions.Clear();
        _consents.Clear();
        ErasedAt = now;
    }

    /// <summary>Drops consumption records older than the retention period; returns how many went.</summary>
    public int ForgetVisitsBefore(DateOnly cutoff) => _visits.RemoveAll(v => (v.To ?? v.From) < cutoff);

    public void MergeInto(Guid survivorId)
    {
        EnsureNotErased();
        if (survivorId == Id)
        {
            throw new GuestRuleException("A guest cannot be merged into itself.");
        }

        if (MergedIntoId is not null)
        {
            throw new GuestRuleException("This guest is already merged into another.");
        }

        MergedIntoId = survivorId;
    }

    public void Unmerge()
    {
        if (MergedIntoId is null)
        {
            throw new GuestRuleException("This guest is not merged.");
        }

        MergedIntoId = null;
    }

    /// <summary>Takes on the properties of a merged profile so its combined history stays visible; returns the list before.</summary>
    public List<Guid> Absorb(Guest merged)
    {
        var before = PropertyIds.ToList();
        PropertyIds = PropertyIds.Union(merged.PropertyIds).ToList();
        return before;
    }

    public void RestoreProperties(IEnumerable<Guid> propertyIds) => PropertyIds = propertyIds.ToList();

    public string? Value(SensitiveField field) => field switch
    {
        SensitiveField.Phone => Phone,
        SensitiveField.Email => Email,
        SensitiveField.IdNumber => IdNumber,
        _ => Address,
    };
}
