namespace GuestLoop.Domain.Surveys;

/// <summary>When a satisfaction survey goes out beyond a complaint reply (seed 000 §2.3, seed 003 §10.2).</summary>
public enum SurveyOccasion
{
    AfterCheckOut,
    AfterTour,
    AfterMeetingOrBanquet,
    QuarterlyRelationship,
}

public enum SurveyQuestionKind
{
    /// <summary>1 to 5.</summary>
    Rating,
    /// <summary>One of the question's options.</summary>
    Choice,
    Text,
    /// <summary>0 to 10, "how likely are you to recommend us".</summary>
    Nps,
}

/// <summary>One question of a template; its key names the answer in the results.</summary>
public sealed record SurveyQuestion(string Key, string Text, SurveyQuestionKind Kind, IReadOnlyList<string>? Options = null, bool Required = true);

/// <summary>
/// A property's survey for one occasion: several questions of the four kinds, and how seldom one guest may be asked
/// (not more than once per <see cref="MinDaysBetween"/> days).
/// </summary>
public sealed record SurveyTemplate(string Title, SurveyOccasion Occasion, IReadOnlyList<SurveyQuestion> Questions, int MinDaysBetween)
{
    public const int MaxQuestions = 20;

    /// <summary>Field errors (title, questions[i].key …) of a template that cannot be used; empty when it can.</summary>
    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(Title))
        {
            errors.Add("title", "A title is required.");
        }

        if (Questions.Count is 0 or > MaxQuestions)
        {
            errors.Add("questions", $"Between 1 and {MaxQuestions} questions.");
        }

        if (MinDaysBetween < 0)
        {
            errors.Add("minDaysBetween", "Zero or more days.");
        }

        for (var i = 0; i < Questions.Count; i++)
        {
            var q = Questions[i];
            if (string.IsNullOrWhiteSpace(q.Key) || Questions.Take(i).Any(o => o.Key == q.Key))
            {
                errors.Add($"questions[{i}].key", "A key of its own is required.");
            }

            if (string.IsNullOrWhiteSpace(q.Text))
            {
                errors.Add($"questions[{i}].text", "The question is required.");
            }

            if (q.Kind == SurveyQuestionKind.Choice && (q.Options is null || q.Options.Count < 2 || q.Options.Any(string.IsNullOrWhiteSpace)))
            {
                errors.Add($"questions[{i}].options", "A choice needs at least two options.");
            }
        }

        return errors;
    }

    /// <summary>The guest's answers by question key, checked against the questions; field errors keyed by question key.</summary>
    public FieldErrors Check(IReadOnlyDictionary<string, string?> answers)
    {
        var errors = new FieldErrors();
        foreach (var q in Questions)
        {
            var value = answers.GetValueOrDefault(q.Key)?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                if (q.Required)
                {
                    errors.Add(q.Key, "An answer is required.");
                }

                continue;
            }

            var valid = q.Kind switch
            {
                SurveyQuestionKind.Rating => int.TryParse(value, out var r) && r is >= SurveyAnswer.CsatMin and <= SurveyAnswer.CsatMax,
                SurveyQuestionKind.Nps => int.TryParse(value, out var n) && n is >= SurveyAnswer.NpsMin and <= SurveyAnswer.NpsMax,
                SurveyQuestionKind.Choice => q.Options!.Contains(value),
                _ => value.Length <= SurveyAnswer.CommentMax,
            };
            if (!valid)
            {
                errors.Add(q.Key, $"Not an answer to a {q.Kind} question.");
            }
        }

        foreach (var key in answers.Keys.Where(k => Questions.All(q => q.Key != k)))
        {
            errors.Add(key, "No such question.");
        }

        return errors;
    }
}
