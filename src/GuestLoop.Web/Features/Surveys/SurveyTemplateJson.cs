using GuestLoop.Domain;
using GuestLoop.Domain.Surveys;

namespace GuestLoop.Web.Features.Surveys;

/// <summary>A survey template as the API shows and takes it.</summary>
public sealed record SurveyTemplateJson(
    Guid Id,
    Guid PropertyId,
    SurveyOccasion Occasion,
    Guid? DepartmentId,
    string Title,
    IReadOnlyList<SurveyQuestion> Questions,
    int MinDaysBetween,
    int ReminderAfterDays,
    DateTimeOffset UpdatedAt)
{
    public static SurveyTemplateJson From(SurveyTemplateRecord r)
    {
        var template = r.ToTemplate();
        return new(r.Id, r.PropertyId, r.Occasion, r.DepartmentId, r.Title, template.Questions, r.MinDaysBetween, r.ReminderAfterDays, r.UpdatedAt);
    }
}

/// <summary>The body of a create or replace.</summary>
public sealed record SurveyTemplateBody(
    Guid? PropertyId,
    SurveyOccasion? Occasion,
    Guid? DepartmentId,
    string? Title,
    IReadOnlyList<SurveyQuestion>? Questions,
    int? MinDaysBetween,
    int? ReminderAfterDays)
{
    public const int DefaultMinDaysBetween = 30;
    public const int DefaultReminderAfterDays = 3;

    public SurveyTemplateEdit ToEdit()
    {
        var errors = new FieldErrors();
        if (PropertyId is null)
        {
            errors.Add("propertyId", "A property is required.");
        }

        if (Occasion is null)
        {
            errors.Add("occasion", "An occasion is required.");
        }

        errors.ThrowIfAny();
        var questions = (Questions ?? []).Select(q => q with { Key = q.Key?.Trim() ?? "", Text = q.Text?.Trim() ?? "" }).ToList();
        return new(PropertyId!.Value, new SurveyTemplate(Title ?? "", Occasion!.Value, questions, MinDaysBetween ?? DefaultMinDaysBetween),
            DepartmentId, ReminderAfterDays ?? DefaultReminderAfterDays);
    }
}
