using GuestLoop.Domain.Cases;

namespace GuestLoop.Domain.Triage;

/// <summary>Where a suggestion came from: the enterprise's trained model, or its keyword lists.</summary>
public enum TriageSource
{
    Model,
    Rules,
}

/// <summary>
/// A suggested category and severity for a new case. <see cref="Confidence"/> is between 0 and 1: for the model the
/// lower of its two top-class probabilities, for the rules the share of keyword hits that went to the chosen category.
/// </summary>
public sealed record TriageSuggestion(Category Category, Severity Severity, double Confidence, TriageSource Source);
