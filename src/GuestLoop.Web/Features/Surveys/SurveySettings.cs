using GuestLoop.Domain.Surveys;

namespace GuestLoop.Web.Features.Surveys;

/// <summary>The survey schedule from configuration (GuestLoop:Surveys), the domain's default when not set.</summary>
public static class SurveySettings
{
    public static SurveySchedule Schedule(IConfiguration config)
    {
        var section = config.GetSection("GuestLoop:Surveys");
        var lifetime = section.GetValue<int?>("LifetimeDays");
        var reminders = section.GetSection("ReminderDays").Get<int[]>();
        if (lifetime is null && reminders is null)
        {
            return SurveySchedule.Default;
        }

        var schedule = SurveySchedule.FromDays(lifetime ?? SurveySchedule.Default.Lifetime.Days,
            reminders ?? SurveySchedule.Default.Reminders.Select(r => r.Days));
        schedule.Validate();
        return schedule;
    }
}
