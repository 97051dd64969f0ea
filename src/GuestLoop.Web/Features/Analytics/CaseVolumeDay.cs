namespace GuestLoop.Web.Features.Analytics;

/// <summary>
/// The daily roll-up of case volumes on PostgreSQL: how many cases received on a local day (in
/// <see cref="StatsFilter.DefaultZone"/>) have each kind, category, channel, property and department now. Triggers on
/// <c>cases</c> write every change as a <see cref="CaseVolumeChange"/>; <see cref="VolumeRollup.FoldAsync"/> adds them
/// up into these rows.
/// </summary>
public sealed class CaseVolumeDay
{
    public DateOnly Day { get; set; }

    /// <summary>One of <see cref="VolumeRollup.Dimensions"/>.</summary>
    public string Dimension { get; set; } = string.Empty;

    /// <summary>The enum name, or the property's or department's id; an empty string for no department.</summary>
    public string Key { get; set; } = string.Empty;

    public long Count { get; set; }
}

/// <summary>One case entering (+1) or leaving (−1) a day's count, written by the trigger in the case's own transaction.</summary>
public sealed class CaseVolumeChange
{
    public long Id { get; set; }
    public DateOnly Day { get; set; }
    public string Dimension { get; set; } = string.Empty;
    public string Key { get; set; } = string.Empty;
    public int Change { get; set; }
}
