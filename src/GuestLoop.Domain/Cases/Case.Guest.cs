namespace GuestLoop.Domain.Cases;

/// <summary>The guest profile behind a case, and the erasure of the complainant's personal data.</summary>
public sealed partial class Case
{
    /// <summary>The guest profile this case belongs to, when the complainant is known.</summary>
    public Guid? GuestId { get; private set; }

    /// <summary>The guest has special needs (mobility, sight, hearing, elderly): served with priority.</summary>
    public bool Priority { get; private set; }

    public void LinkGuest(Guid guestId, bool priority)
    {
        GuestId = guestId;
        Priority = Priority || priority;
    }

    /// <summary>Removes everything that identifies the complainant; kind, category, dates and outcome stay for statistics.</summary>
    /// <remarks>A fresh instance, not the shared <see cref="Complainant.Anonymous"/>: an owned value must belong to one case.</remarks>
    public void AnonymiseComplainant() => Complainant = new Complainant(null, null, null);

    /// <summary>The complainant's contact goes after the retention period; the name stays for the record of the case.</summary>
    public bool ForgetComplainantContact()
    {
        if (Complainant.Phone is null && Complainant.Email is null && Complainant.IdNumber is null)
        {
            return false;
        }

        Complainant = new Complainant(Complainant.Name, null, null);
        return true;
    }
}
