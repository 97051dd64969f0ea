namespace GuestLoop.Domain.Supervision;

/// <summary>Who filed a mishandling or delay report: a staff member in the workspace, or a guest from the tracking page.</summary>
public enum ReportSource
{
    Staff,
    Guest,
}
