using RevenueCycle.Data;

namespace RevenueCycle.Events;

public static class OutboxPublishing
{
    /// <summary>
    /// Records <paramref name="workflowEvent"/> in the outbox of the caller's tenant. It is written by the next
    /// SaveChanges together with the change that caused it and published to subscribers once that transaction
    /// commits; if it rolls back, nothing is published.
    /// </summary>
    public static OutboxMessage Publish(this RevenueCycleDb db, WorkflowEvent workflowEvent)
    {
        var message = new OutboxMessage
        {
            Type = workflowEvent.TypeName,
            Payload = workflowEvent.ToJson(),
            OccurredAt = workflowEvent.At,
        };
        db.Set<OutboxMessage>().Add(message);
        return message;
    }
}
