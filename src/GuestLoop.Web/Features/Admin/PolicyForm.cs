using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Sla;

namespace GuestLoop.Web.Features.Admin;

/// <summary>The policy editor's working copy: rules of (kind or any, severity or any) to stage targets.</summary>
public sealed class PolicyForm
{
    public bool IsNew { get; init; }
    public string Code { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public List<RuleRow> Rules { get; } = [];

    public static PolicyForm From(SlaPolicy policy, bool isNew = false)
    {
        var form = new PolicyForm { IsNew = isNew, Code = isNew ? string.Empty : policy.Code, Name = policy.Name };
        form.Rules.AddRange(policy.Rules.Select(r => new RuleRow
        {
            Kind = r.Kind,
            Severity = r.Severity,
            Targets = [.. r.Targets.Select(t => new TargetRow { Stage = t.Stage, Amount = t.Amount, Unit = t.Unit, Anchor = t.Anchor })],
        }));
        return form;
    }

    public SlaPolicy ToPolicy() => new(Code.Trim(), Name.Trim(),
        [.. Rules.Select(r => new SlaPolicyRule(r.Kind, r.Severity, [.. r.Targets.Select(t => new SlaTarget(t.Stage, t.Amount, t.Unit, t.Anchor))]))]);
}

public sealed class RuleRow
{
    public CaseKind? Kind { get; set; }
    public Severity? Severity { get; set; }
    public List<TargetRow> Targets { get; init; } = [];
}

public sealed class TargetRow
{
    public SlaStage Stage { get; set; }
    public int Amount { get; set; } = 1;
    public DurationUnit Unit { get; set; } = DurationUnit.WorkingDays;
    public TargetAnchor Anchor { get; set; } = TargetAnchor.CaseReceived;
}
