using System.Text.Json.Serialization;

namespace RevenueCycle.Events;

/// <summary>
/// A committed workflow event as it travels on the event bus: its outbox id (used to drop duplicates),
/// tenant, type and JSON payload. The typed event is read from the payload once, on first use.
/// </summary>
public sealed record EventEnvelope(Guid Id, Guid TenantId, string Type, string Payload, DateTime OccurredAt)
{
    private WorkflowEvent? _event;

    [JsonIgnore]
    public WorkflowEvent Event => _event ??= WorkflowEvent.FromJson(Type, Payload);

    public static EventEnvelope From(OutboxMessage message) =>
        new(message.Id, message.TenantId, message.Type, message.Payload, message.OccurredAt);
}
