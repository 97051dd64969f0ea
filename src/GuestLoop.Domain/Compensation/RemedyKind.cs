namespace GuestLoop.Domain.Compensation;

/// <summary>The remedial measures (补救措施) of DESIGN §5.</summary>
public enum RemedyKind
{
    RepairOrReplace,
    RePerformService,
    Apology,
    Refund,
    Compensation,
    Training,
    ManagementChange,
}
