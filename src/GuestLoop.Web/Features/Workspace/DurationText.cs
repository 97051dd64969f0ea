using Microsoft.Extensions.Localization;

namespace GuestLoop.Web.Features.Workspace;

/// <summary>"3 d 4 h left" / "2 h overdue", localised.</summary>
public static class DurationText
{
    public static string Format(IStringLocalizer localizer, TimeSpan left)
    {
        var span = left.Duration();
        var amount = span.TotalDays >= 1 ? string.Format(localizer["Duration.DaysHours"], (int)span.TotalDays, span.Hours)
            : span.TotalHours >= 1 ? string.Format(localizer["Duration.HoursMinutes"], (int)span.TotalHours, span.Minutes)
            : string.Format(localizer["Duration.Minutes"], Math.Max(1, (int)span.TotalMinutes));
        return string.Format(left < TimeSpan.Zero ? localizer["Duration.Overdue"] : localizer["Duration.Left"], amount);
    }
}
