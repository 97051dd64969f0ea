namespace GuestLoop.Domain.Surveys;

/// <summary>What the answers to one question come to: the mean of a rating, the NPS of a 0–10 question, the count per option.</summary>
public sealed record SurveyQuestionResult(
    string Key,
    string Text,
    SurveyQuestionKind Kind,
    int Answers,
    double? MeanRating,
    double? Nps,
    IReadOnlyDictionary<string, int>? ChoiceCounts);

/// <summary>Sums up the answers of a template's invitations question by question (seed 003 §10.2: satisfaction measured per item).</summary>
public static class SurveyResults
{
    public static double? ResponseRate(int sent, int answered) => sent == 0 ? null : Math.Round((double)answered / sent, 4);

    public static IReadOnlyList<SurveyQuestionResult> Summarize(IReadOnlyList<SurveyQuestion> questions, IEnumerable<SurveyInvitationAnswer> answers)
    {
        var byKey = answers.GroupBy(a => a.QuestionKey).ToDictionary(g => g.Key, g => g.Select(a => a.Value).ToList());
        return questions.Select(q => Summarize(q, byKey.GetValueOrDefault(q.Key) ?? [])).ToList();
    }

    private static SurveyQuestionResult Summarize(SurveyQuestion q, List<string> values)
    {
        var numbers = values.Select(v => int.TryParse(v, out var n) ? n : (int?)null).OfType<int>().ToList();
        return q.Kind switch
        {
            SurveyQuestionKind.Rating => new(q.Key, q.Text, q.Kind, numbers.Count,
                numbers.Count == 0 ? null : Math.Round(numbers.Average(), 2), null, null),
            SurveyQuestionKind.Nps => new(q.Key, q.Text, q.Kind, numbers.Count, null, NpsOf(numbers), null),
            SurveyQuestionKind.Choice => new(q.Key, q.Text, q.Kind, values.Count, null, null,
                (q.Options ?? []).ToDictionary(o => o, o => values.Count(v => v == o))),
            _ => new(q.Key, q.Text, q.Kind, values.Count, null, null, null),
        };
    }

    /// <summary>Promoters' share minus detractors' share, in points from −100 to 100.</summary>
    private static double? NpsOf(List<int> scores) => scores.Count == 0
        ? null
        : Math.Round(100.0 * (scores.Count(s => SurveyAnswer.Categorize(s) == NpsCategory.Promoter)
            - scores.Count(s => SurveyAnswer.Categorize(s) == NpsCategory.Detractor)) / scores.Count, 1);
}
