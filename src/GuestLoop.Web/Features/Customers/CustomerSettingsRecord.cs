using GuestLoop.Domain.Customers;

namespace GuestLoop.Web.Features.Customers;

/// <summary>An enterprise's repeat-complainant rule and retention periods; the defaults apply until an administrator saves them.</summary>
public sealed class CustomerSettingsRecord
{
    public Guid EnterpriseId { get; set; }
    public int RepeatCount { get; set; } = RepeatComplaintRule.Default.Count;
    public int RepeatDays { get; set; } = RepeatComplaintRule.Default.Days;
    public int ClosedCaseContactDays { get; set; } = RetentionPolicy.Default.ClosedCaseContactDays;
    public int VisitDays { get; set; } = RetentionPolicy.Default.VisitDays;
    public int InactiveGuestDays { get; set; } = RetentionPolicy.Default.InactiveGuestDays;

    public RepeatComplaintRule Repeat => new(RepeatCount, RepeatDays);
    public RetentionPolicy Retention => new(ClosedCaseContactDays, VisitDays, InactiveGuestDays);
}
