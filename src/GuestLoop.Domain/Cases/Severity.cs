namespace GuestLoop.Domain.Cases;

/// <summary>Nature of a case (一般 / 重大 / 紧急). Major cases are decided at authority level 1.</summary>
public enum Severity
{
    General,
    Major,
    Urgent,
}
