namespace GuestLoop.Domain.Triage;

/// <summary>How well a trained model did on the triaged cases it was not trained on.</summary>
public sealed record TriageModelQuality(int TrainingCases, int HeldOutCases, double CategoryAccuracy, double SeverityAccuracy);

/// <summary>
/// When the model's suggestion is shown instead of the keyword rules: only once it learned from enough triaged cases
/// and both its labels were right often enough on held-out cases. A young enterprise or a weak model gets the rules.
/// </summary>
public static class TriagePolicy
{
    public const int MinTrainingCases = 100;
    public const double AccuracyFloor = 0.70;

    /// <summary>Cases held out from training to measure it: about one in five, the same ones every time.</summary>
    public static bool IsHeldOut(Guid caseId) => (caseId.GetHashCode() & 0x7FFFFFFF) % 5 == 0;

    public static bool Trusts(TriageModelQuality? quality) =>
        quality is { TrainingCases: >= MinTrainingCases, HeldOutCases: > 0 }
        && quality.CategoryAccuracy >= AccuracyFloor && quality.SeverityAccuracy >= AccuracyFloor;

    public static TriageSuggestion Choose(TriageModelQuality? quality, Func<TriageSuggestion?> model, TriageSuggestion rules) =>
        Trusts(quality) && model() is { } suggestion ? suggestion : rules;
}
