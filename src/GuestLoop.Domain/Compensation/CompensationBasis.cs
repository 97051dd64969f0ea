namespace GuestLoop.Domain.Compensation;

/// <summary>What the compensation makes good (DESIGN §5).</summary>
public enum CompensationBasis
{
    PersonalInjury,
    PropertyLoss,

    /// <summary>Any other loss, such as distress or a spoiled trip.</summary>
    OtherLoss,
}
