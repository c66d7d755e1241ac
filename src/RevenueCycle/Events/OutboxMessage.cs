using RevenueCycle.Data;

namespace RevenueCycle.Events;

/// <summary>
/// A workflow event stored in the same transaction as the change that caused it (the transactional outbox),
/// so an event is published if and only if its change committed. Append-only: only <see cref="PublishedAt"/>
/// is ever set, once the event has been handed to the event bus.
/// </summary>
public sealed class OutboxMessage : TenantEntity
{
    public required string Type { get; init; }
    public required string Payload { get; init; }
    public DateTime OccurredAt { get; init; }
    public DateTime? PublishedAt { get; set; }
}
