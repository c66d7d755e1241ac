namespace RevenueCycle.Events;

/// <summary>The default bus for a single API instance: straight into this instance's <see cref="EventHub"/>.</summary>
public sealed class InProcessEventBus(EventHub hub) : IEventBus
{
    public Task PublishAsync(EventEnvelope envelope, CancellationToken cancellationToken)
    {
        hub.Deliver(envelope);
        return Task.CompletedTask;
    }
}
