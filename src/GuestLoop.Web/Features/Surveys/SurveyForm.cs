using System.Globalization;
using GuestLoop.Domain;
using GuestLoop.Domain.Surveys;

namespace GuestLoop.Web.Features.Surveys;

/// <summary>The survey form as posted from /survey/{token}; kept as text so a wrong value can be shown again.</summary>
public sealed class SurveyForm
{
    public string? Csat { get; set; }
    public string? Nps { get; set; }
    public string? Comment { get; set; }

    public static SurveyForm From(IFormCollection form) => new() { Csat = form["csat"], Nps = form["nps"], Comment = form["comment"] };

    /// <summary>The answer, its problems added to <paramref name="errors"/>; a field that is not a whole number is an error of that field.</summary>
    public SurveyAnswer Parse(FieldErrors errors)
    {
        var csat = Number("csat", Csat, errors);
        var nps = Number("nps", Nps, errors);
        var answer = new SurveyAnswer(csat, nps, Comment);
        // A number that could not be read keeps that problem.
        foreach (var (field, messages) in answer.Validate().Where(e => !errors.ContainsKey(e.Key)))
        {
            errors.Add(field, messages);
        }

        return answer;
    }

    private static int? Number(string field, string? text, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(field, "Not a whole number.");
        return null;
    }
}
