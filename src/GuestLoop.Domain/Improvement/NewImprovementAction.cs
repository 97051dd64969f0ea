using GuestLoop.Domain.Cases;

namespace GuestLoop.Domain.Improvement;

/// <summary>What is needed to raise an improvement action.</summary>
public sealed record NewImprovementAction(
    Guid? PropertyId,
    string Title,
    string Description,
    ImprovementSource Source,
    IReadOnlyList<Guid> CaseIds,
    string? Analysis,
    Guid OwnerId,
    DateOnly DueOn,
    int? CheckAfterDays = null)
{
    public FieldErrors Validate(DateTimeOffset now)
    {
        var errors = new FieldErrors();
        TextLimits.Check(errors, "description", Description, TextLimits.Text);
        TextLimits.Check(errors, "analysis", Analysis, TextLimits.Text);
        if (PlausibleDates.Due(DueOn, now) is { } dueError)
        {
            errors.Add("dueOn", dueError);
        }

        if (string.IsNullOrWhiteSpace(Title) || Title.Length > ImprovementAction.TitleMax)
        {
            errors.Add("title", $"Required, at most {ImprovementAction.TitleMax} characters.");
        }

        if (OwnerId == Guid.Empty)
        {
            errors.Add("owner", "An owner is required.");
        }

        switch (Source)
        {
            case ImprovementSource.Case when CaseIds.Distinct().Count() != 1:
                errors.Add("caseIds", "An action raised from a case names exactly one case.");
                break;
            case ImprovementSource.Cases when CaseIds.Distinct().Count() < 2:
                errors.Add("caseIds", "An action raised from several cases names at least two.");
                break;
            case ImprovementSource.Analysis when string.IsNullOrWhiteSpace(Analysis):
                errors.Add("analysis", "Describe the analysis the action comes from.");
                break;
        }

        if (CheckAfterDays is < 1 or > 365)
        {
            errors.Add("checkAfterDays", "Between 1 and 365 days.");
        }

        return errors;
    }
}
