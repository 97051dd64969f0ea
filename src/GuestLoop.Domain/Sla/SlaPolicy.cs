using GuestLoop.Domain.Cases;

namespace GuestLoop.Domain.Sla;

/// <summary>Where a target's clock starts.</summary>
public enum TargetAnchor
{
    /// <summary>From the receipt of the case ("reply within 7 working days of receipt").</summary>
    CaseReceived,
    /// <summary>From the moment the case entered the stage ("execute within 3 working days").</summary>
    StageStarted,
}

/// <summary>One promise: a stage must be done within an amount of time counted in a unit, from an anchor.</summary>
public sealed record SlaTarget(SlaStage Stage, int Amount, DurationUnit Unit, TargetAnchor Anchor)
{
    public bool IsValid => Amount is > 0 and <= 100_000;
}

/// <summary>The targets for a kind and/or severity; a null kind or severity matches any.</summary>
public sealed record SlaPolicyRule(CaseKind? Kind, Severity? Severity, IReadOnlyList<SlaTarget> Targets)
{
    /// <summary>How specific the rule is: kind and severity beat kind alone, which beats severity alone, which beats neither.</summary>
    public int Specificity => (Kind is null ? 0 : 2) + (Severity is null ? 0 : 1);

    public bool Matches(CaseKind kind, Severity severity) =>
        (Kind is null || Kind == kind) && (Severity is null || Severity == severity);
}

/// <summary>A deadline policy: rules mapping (kind, severity) to stage targets, the most specific matching rule winning.</summary>
public sealed record SlaPolicy(string Code, string Name, IReadOnlyList<SlaPolicyRule> Rules)
{
    public IReadOnlyList<SlaTarget> TargetsFor(CaseKind kind, Severity severity)
    {
        SlaPolicyRule? best = null;
        foreach (var rule in Rules)
        {
            if (rule.Matches(kind, severity) && (best is null || rule.Specificity > best.Specificity))
            {
                best = rule;
            }
        }

        return best?.Targets ?? [];
    }

    /// <summary>Problems that make the policy unusable, as (field, message) pairs; empty when it is valid.</summary>
    public IReadOnlyList<(string Field, string Message)> Validate()
    {
        var errors = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(Code) || Code.Length > 40)
        {
            errors.Add(("code", "A code of 1 to 40 characters is required."));
        }

        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 100)
        {
            errors.Add(("name", "A name of 1 to 100 characters is required."));
        }

        for (var i = 0; i < Rules.Count; i++)
        {
            var rule = Rules[i];
            if (Rules.Take(i).Any(r => r.Kind == rule.Kind && r.Severity == rule.Severity))
            {
                errors.Add(($"rules[{i}]", "Another rule already covers this kind and severity."));
            }

            for (var t = 0; t < rule.Targets.Count; t++)
            {
                if (!rule.Targets[t].IsValid)
                {
                    errors.Add(($"rules[{i}].targets[{t}].amount", "The amount must be between 1 and 100000."));
                }
            }

            if (rule.Targets.GroupBy(x => x.Stage).Any(g => g.Count() > 1))
            {
                errors.Add(($"rules[{i}].targets", "Each stage may have one target per rule."));
            }
        }

        return errors;
    }
}
