using GuestLoop.Domain.Organisation;

namespace GuestLoop.Web.Features.Organisation;

/// <summary>A hotel, scenic area or agency branch, with its own time zone, working calendar and deadline policy.</summary>
public sealed class Property
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid EnterpriseId { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public PropertyType Type { get; set; }
    public string TimeZoneId { get; set; } = "Asia/Shanghai";
    public string CalendarCode { get; set; } = "cn";
    public string PolicyCode { get; set; } = "tourism-standard";

    /// <summary>True when guests may not choose the property on /feedback (a branch that takes feedback only on site).</summary>
    public bool PublicFeedbackClosed { get; set; }

    /// <summary>The property's time zone; an id this machine does not know falls back to UTC, never to an error.</summary>
    public TimeZoneInfo Zone() => Cases.CaseWorkflow.FindZone(TimeZoneId);

    /// <summary>The property's own date at an instant: the day a case number counts in.</summary>
    public DateOnly LocalDate(DateTimeOffset at) => LocalDate(TimeZoneId, at);

    /// <summary>The date at an instant in a time zone given by its id (unknown ids count as UTC, as <see cref="Zone"/> says).</summary>
    public static DateOnly LocalDate(string timeZoneId, DateTimeOffset at) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Cases.CaseWorkflow.FindZone(timeZoneId)).DateTime);
}
