namespace GuestLoop.Domain.Improvement;

/// <summary>Where an improvement action came from: one case, several cases, or an analysis.</summary>
public enum ImprovementSource
{
    Case,
    Cases,
    Analysis,
}
