namespace GuestLoop.Domain.Surveys;

/// <summary>How long a survey link stays open and when the guest is reminded while it is unanswered.</summary>
public sealed record SurveySchedule(TimeSpan Lifetime, IReadOnlyList<TimeSpan> Reminders)
{
    /// <summary>Open for 14 days; reminders after 3 and 7 days.</summary>
    public static readonly SurveySchedule Default = new(TimeSpan.FromDays(14), [TimeSpan.FromDays(3), TimeSpan.FromDays(7)]);

    public static SurveySchedule FromDays(int lifetimeDays, IEnumerable<int> reminderDays) =>
        new(TimeSpan.FromDays(lifetimeDays), reminderDays.Select(d => TimeSpan.FromDays(d)).ToList());

    /// <summary>A positive lifetime and reminders that come one after another inside it.</summary>
    public void Validate()
    {
        if (Lifetime <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Lifetime), Lifetime, "A survey must stay open for some time.");
        }

        for (var i = 0; i < Reminders.Count; i++)
        {
            if (Reminders[i] <= TimeSpan.Zero || Reminders[i] >= Lifetime || i > 0 && Reminders[i] <= Reminders[i - 1])
            {
                throw new ArgumentOutOfRangeException(nameof(Reminders), Reminders[i],
                    "Reminders come after the survey is sent, in increasing order, before it expires.");
            }
        }
    }
}
