using System.Text.Json;
using System.Text.Json.Serialization;
using RevenueCycle.Claims;
using RevenueCycle.Denials;
using RevenueCycle.Encounters;
using RevenueCycle.Imports;
using RevenueCycle.Payments;

namespace RevenueCycle.Events;

/// <summary>
/// Something that happened in a tenant's workflow and that front ends want to see live. Mutations record
/// one with <see cref="OutboxPublishing.Publish"/> in the same SaveChanges as the change itself; it reaches
/// subscribers only once that change is committed.
/// </summary>
public abstract record WorkflowEvent(DateTime At)
{
    /// <summary>The stored type name of each event (the outbox row's <c>Type</c>); renaming a class must not rename these.</summary>
    public static readonly IReadOnlyDictionary<string, Type> Types = new Dictionary<string, Type>
    {
        [nameof(ClaimStatusChanged)] = typeof(ClaimStatusChanged),
        [nameof(EncounterStatusChanged)] = typeof(EncounterStatusChanged),
        [nameof(DenialAssigned)] = typeof(DenialAssigned),
        [nameof(RemittancePosted)] = typeof(RemittancePosted),
        [nameof(ImportProgress)] = typeof(ImportProgress),
    };

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public string TypeName => Types.First(t => t.Value == GetType()).Key;

    public string ToJson() => JsonSerializer.Serialize(this, GetType(), Json);

    public static WorkflowEvent FromJson(string type, string payload) =>
        Types.TryGetValue(type, out var clr)
            ? (WorkflowEvent)(JsonSerializer.Deserialize(payload, clr, Json) ?? throw new JsonException($"Empty {type} payload."))
            : throw new JsonException($"Unknown workflow event type '{type}'.");
}
