namespace RevenueCycle.Events;

/// <summary>
/// Carries committed events to subscribers: <see cref="InProcessEventBus"/> on a single instance,
/// <see cref="RedisEventBus"/> when several instances serve the same tenants.
/// </summary>
public interface IEventBus
{
    /// <summary>
    /// Delivers the event to this instance's subscribers and, for a distributed bus, to the other instances.
    /// Throws when the event could not reach the other instances; the outbox then keeps it unpublished and
    /// the re-publisher tries again.
    /// </summary>
    Task PublishAsync(EventEnvelope envelope, CancellationToken cancellationToken);
}
