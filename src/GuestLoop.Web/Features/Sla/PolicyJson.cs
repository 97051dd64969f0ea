using GuestLoop.Domain;
using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Sla;

namespace GuestLoop.Web.Features.Sla;

/// <summary>A deadline policy as the API shows it and as the audit log records it; a missing kind or severity means any.</summary>
public sealed record PolicyJson(string Code, string Name, IReadOnlyList<PolicyRuleJson> Rules)
{
    public static PolicyJson From(SlaPolicy p) => new(p.Code, p.Name,
        [.. p.Rules.Select(r => new PolicyRuleJson(r.Kind, r.Severity, [.. r.Targets.Select(t => new PolicyTargetJson(t.Stage, t.Amount, t.Unit, t.Anchor))]))]);
}

public sealed record PolicyRuleJson(CaseKind? Kind, Severity? Severity, IReadOnlyList<PolicyTargetJson> Targets);

public sealed record PolicyTargetJson(SlaStage Stage, int Amount, DurationUnit Unit, TargetAnchor Anchor);

public sealed record PolicyListItemJson(string Code, string Name, int Rules, DateTimeOffset UpdatedAt);

/// <summary>The body of PUT /policies/{code}; enum values are read as text so that each bad one becomes a field error.</summary>
public sealed record PolicyBody(string? Name, List<PolicyRuleBody?>? Rules)
{
    /// <summary>The policy to save; null when a field is wrong (its problem is in <paramref name="errors"/>).</summary>
    public SlaPolicy? ToPolicy(string code, FieldErrors errors)
    {
        var rules = new List<SlaPolicyRule>();
        if (Rules is null)
        {
            // A missing or misspelt list is refused, never saved as a policy without rules.
            errors.Add("rules", "The rules are required.");
        }

        for (var i = 0; i < (Rules?.Count ?? 0); i++)
        {
            var rule = Rules![i] ?? new PolicyRuleBody(null, null, null);
            var kind = Parse<CaseKind>(rule.Kind, $"rules[{i}].kind", errors, optional: true);
            var severity = Parse<Severity>(rule.Severity, $"rules[{i}].severity", errors, optional: true);
            var targets = new List<SlaTarget>();
            for (var t = 0; t < (rule.Targets?.Count ?? 0); t++)
            {
                var target = rule.Targets![t] ?? new PolicyTargetBody(null, null, null, null);
                var field = $"rules[{i}].targets[{t}]";
                var stage = Parse<SlaStage>(target.Stage, field + ".stage", errors, optional: false);
                var unit = Parse<DurationUnit>(target.Unit, field + ".unit", errors, optional: false);
                var anchor = Parse<TargetAnchor>(target.Anchor ?? nameof(TargetAnchor.CaseReceived), field + ".anchor", errors, optional: false);
                if (target.Amount is null)
                {
                    errors.Add(field + ".amount", "The amount is required.");
                }

                if (stage is { } s && unit is { } u && anchor is { } a && target.Amount is { } n)
                {
                    targets.Add(new SlaTarget(s, n, u, a));
                }
            }

            rules.Add(new SlaPolicyRule(kind, severity, targets));
        }

        var policy = new SlaPolicy(code, Name?.Trim() ?? string.Empty, rules);
        foreach (var (field, message) in policy.Validate())
        {
            errors.TryAdd(field, message);
        }

        return errors.Any ? null : policy;
    }

    private static T? Parse<T>(string? text, string field, FieldErrors errors, bool optional) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text) || optional && text.Equals("any", StringComparison.OrdinalIgnoreCase))
        {
            if (!optional)
            {
                errors.Add(field, $"One of {string.Join(", ", Enum.GetNames<T>())} is required.");
            }

            return null;
        }

        var name = Enum.GetNames<T>().FirstOrDefault(n => n.Equals(text.Trim(), StringComparison.OrdinalIgnoreCase));
        if (name is not null)
        {
            return Enum.Parse<T>(name);
        }

        errors.Add(field, $"'{text}' is not one of {string.Join(", ", Enum.GetNames<T>())}.");
        return null;
    }
}

public sealed record PolicyRuleBody(string? Kind, string? Severity, List<PolicyTargetBody?>? Targets);

public sealed record PolicyTargetBody(string? Stage, int? Amount, string? Unit, string? Anchor);
