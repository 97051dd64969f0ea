using System.Text.Json;
using System.Text.Json.Serialization;
using GuestLoop.Domain.Sla;

namespace GuestLoop.Web.Features.Sla;

/// <summary>Policies are stored as JSON rules so that an enterprise edits them without a schema change.</summary>
public static class PolicyMapping
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static SlaPolicy FromRecord(PolicyRecord record) =>
        new(record.Code, record.Name, JsonSerializer.Deserialize<List<SlaPolicyRule>>(record.RulesJson, Json) ?? []);

    public static PolicyRecord ToRecord(SlaPolicy policy, DateTimeOffset now) => new()
    {
        Code = policy.Code,
        Name = policy.Name,
        RulesJson = JsonSerializer.Serialize(policy.Rules, Json),
        UpdatedAt = now,
    };
}
