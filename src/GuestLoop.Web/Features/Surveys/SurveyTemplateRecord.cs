using System.Text.Json;
using System.Text.Json.Serialization;
using GuestLoop.Domain.Surveys;

namespace GuestLoop.Web.Features.Surveys;

/// <summary>
/// A property's survey template for one occasion, as stored: the questions as JSON so that an administrator edits them
/// without a schema change; the department it asks about, if any; when the one reminder goes.
/// </summary>
public sealed class SurveyTemplateRecord
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public Guid Id { get; set; }
    public Guid PropertyId { get; set; }
    public SurveyOccasion Occasion { get; set; }
    public Guid? DepartmentId { get; set; }
    public required string Title { get; set; }
    public required string QuestionsJson { get; set; }
    public int MinDaysBetween { get; set; }

    /// <summary>Days after sending to remind an unanswered guest once; 0 for no reminder.</summary>
    public int ReminderAfterDays { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public SurveyTemplate ToTemplate() =>
        new(Title, Occasion, JsonSerializer.Deserialize<List<SurveyQuestion>>(QuestionsJson, Json) ?? [], MinDaysBetween);

    public void Set(SurveyTemplate template, Guid? departmentId, int reminderAfterDays, DateTimeOffset now)
    {
        Title = template.Title.Trim();
        Occasion = template.Occasion;
        QuestionsJson = JsonSerializer.Serialize(template.Questions, Json);
        MinDaysBetween = template.MinDaysBetween;
        DepartmentId = departmentId;
        ReminderAfterDays = reminderAfterDays;
        UpdatedAt = now;
    }
}
