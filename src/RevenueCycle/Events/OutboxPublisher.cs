using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RevenueCycle.Data;

namespace RevenueCycle.Events;

/// <summary>
/// Hands committed outbox rows to the event bus and marks them published. Used right after a commit
/// (<see cref="OutboxInterceptor"/>) and by the <see cref="OutboxRepublisher"/> for rows a crash or a Redis
/// outage left behind. Never throws: the change is already committed, and an unpublished row is retried.
/// </summary>
public sealed class OutboxPublisher(IEventBus bus, IServiceScopeFactory scopes, TimeProvider clock, ILogger<OutboxPublisher> logger)
{
    /// <summary>Publishes the messages in order; returns how many were published and marked.</summary>
    public async Task<int> PublishAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0) return 0;
        var published = new List<Guid>(messages.Count);
        try
        {
            foreach (var message in messages)
            {
                await bus.PublishAsync(EventEnvelope.From(message), cancellationToken);
                published.Add(message.Id);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Published {Published} of {Count} outbox events; the rest stay unpublished and are retried", published.Count, messages.Count);
        }
        if (published.Count == 0) return 0;

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RevenueCycleDb>();
            var now = clock.GetUtcNow().UtcDateTime;
            var ids = published.ToArray();
            // Across tenants: the re-publisher runs outside any request, and ids are unguessable row keys.
            await db.Set<OutboxMessage>().IgnoreQueryFilters().Where(m => ids.Contains(m.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.PublishedAt, now), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Subscribers have the events; the re-publisher will send them again and the hub drops the duplicates.
            logger.LogWarning(e, "Could not mark {Count} outbox events as published", published.Count);
        }
        return published.Count;
    }
}
