using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.Extensions.Logging;

namespace RevenueCycle.Events;

/// <summary>
/// This instance's subscribers, by tenant: the in-memory fan-out every event bus delivers into. An event is
/// offered only to subscribers of its own tenant, and each event id is delivered once even when it arrives
/// twice (the local publish and the re-publisher, or Redis echoing a re-published row).
/// </summary>
public sealed class EventHub(ILogger<EventHub> logger)
{
    private readonly ConcurrentDictionary<Guid, ImmutableArray<Subscriber>> _byTenant = new();
    private readonly RecentIds _delivered = new(capacity: 65_536);

    /// <summary>Active subscribers on this instance (all tenants).</summary>
    public int Count => _byTenant.Values.Sum(s => s.Length);

    /// <summary>Offers the event to its tenant's subscribers; false when this id was already delivered.</summary>
    public bool Deliver(EventEnvelope envelope)
    {
        if (!_delivered.Add(envelope.Id)) return false;
        if (!_byTenant.TryGetValue(envelope.TenantId, out var subscribers)) return true;
        WorkflowEvent workflowEvent;
        try
        {
            workflowEvent = envelope.Event;
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or NotSupportedException)
        {
            // A row written by a newer version (unknown type) must not stop the others.
            logger.LogWarning(e, "Skipped an unreadable {Type} event", envelope.Type);
            return true;
        }
        foreach (var subscriber in subscribers)
        {
            try
            {
                subscriber.Offer(workflowEvent);
            }
            catch (Exception e)
            {
                // One faulty subscriber must not keep the event from the others.
                logger.LogError(e, "A subscriber failed on a {Type} event", envelope.Type);
            }
        }
        return true;
    }

    /// <summary>The events of type <typeparamref name="T"/> of <paramref name="tenantId"/> that pass <paramref name="filter"/>, from now on.</summary>
    public IObservable<T> Events<T>(Guid tenantId, Func<T, bool> filter) where T : WorkflowEvent => new Stream<T>(this, tenantId, filter);

    private Unsubscriber Add(Guid tenantId, Subscriber subscriber)
    {
        _byTenant.AddOrUpdate(tenantId, _ => [subscriber], (_, list) => list.Add(subscriber));
        return new Unsubscriber(this, tenantId, subscriber);
    }

    private void Remove(Guid tenantId, Subscriber subscriber)
    {
        while (_byTenant.TryGetValue(tenantId, out var list))
        {
            var without = list.Remove(subscriber);
            if (without.IsEmpty ? _byTenant.TryRemove(new KeyValuePair<Guid, ImmutableArray<Subscriber>>(tenantId, list))
                                : _byTenant.TryUpdate(tenantId, without, list))
                return;
        }
    }

    private abstract class Subscriber
    {
        public abstract void Offer(WorkflowEvent workflowEvent);
    }

    private sealed class Subscriber<T>(Func<T, bool> filter, IObserver<T> observer) : Subscriber where T : WorkflowEvent
    {
        public override void Offer(WorkflowEvent workflowEvent)
        {
            if (workflowEvent is T typed && filter(typed)) observer.OnNext(typed);
        }
    }

    private sealed class Stream<T>(EventHub hub, Guid tenantId, Func<T, bool> filter) : IObservable<T> where T : WorkflowEvent
    {
        public IDisposable Subscribe(IObserver<T> observer) => hub.Add(tenantId, new Subscriber<T>(filter, observer));
    }

    private sealed class Unsubscriber(EventHub hub, Guid tenantId, Subscriber subscriber) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) hub.Remove(tenantId, subscriber);
        }
    }
}
