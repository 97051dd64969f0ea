using GuestLoop.Domain.Cases;

namespace GuestLoop.Domain.Surveys;

/// <summary>What the guest answers: CSAT 1–5, an optional NPS 0–10 and an optional comment.</summary>
public sealed record SurveyAnswer(int? Csat, int? Nps, string? Comment)
{
    public const int CsatMin = 1;
    public const int CsatMax = 5;
    public const int NpsMin = 0;
    public const int NpsMax = 10;
    public const int CommentMax = 2000;

    /// <summary>CSAT at or below this is "unsatisfied"; kept in step with the follow-up visit's scale.</summary>
    public const int UnsatisfiedAtMost = FollowUpRecord.SatisfiedFrom - 1;

    public static bool IsUnsatisfied(int csat, int unsatisfiedAtMost = UnsatisfiedAtMost) => csat <= unsatisfiedAtMost;

    public static NpsCategory Categorize(int nps) => nps switch
    {
        < NpsMin or > NpsMax => throw new ArgumentOutOfRangeException(nameof(nps), nps, "NPS is between 0 and 10."),
        <= 6 => NpsCategory.Detractor,
        <= 8 => NpsCategory.Passive,
        _ => NpsCategory.Promoter,
    };

    /// <summary>Field errors keyed by the form's field names; empty when the answer can be stored.</summary>
    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        if (Csat is null)
        {
            errors.Add("csat", "Satisfaction is required.");
        }
        else if (Csat is < CsatMin or > CsatMax)
        {
            errors.Add("csat", $"Satisfaction is between {CsatMin} and {CsatMax}.");
        }

        if (Nps is < NpsMin or > NpsMax)
        {
            errors.Add("nps", $"The recommendation score is between {NpsMin} and {NpsMax}.");
        }

        if (Comment is { Length: > CommentMax })
        {
            errors.Add("comment", $"At most {CommentMax} characters.");
        }

        return errors;
    }
}
