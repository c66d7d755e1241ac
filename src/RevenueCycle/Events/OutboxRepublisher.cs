using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RevenueCycle.Data;

namespace RevenueCycle.Events;

/// <summary>
/// Publishes outbox rows that are committed but still unpublished: the process died between commit and
/// publish, or the distributed bus was unreachable. Rows just published by the request that wrote them may be
/// sent a second time; every instance's <see cref="EventHub"/> drops such duplicates by event id.
/// </summary>
public sealed class OutboxRepublisher(IServiceScopeFactory scopes, OutboxPublisher publisher, IOptions<OutboxOptions> options,
    ILogger<OutboxRepublisher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(Math.Max(50, options.Value.RepublishIntervalMilliseconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RepublishAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be down or not migrated yet: keep trying, the rows wait in the table.
                logger.LogWarning(e, "Outbox re-publishing failed; retrying in {Interval}", interval);
            }
            try
            {
                await Task.Delay(interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One pass over the unpublished rows, oldest first, in batches.</summary>
    public async Task<int> RepublishAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            List<OutboxMessage> batch;
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<RevenueCycleDb>();
                batch = await db.Set<OutboxMessage>().IgnoreQueryFilters().AsNoTracking()
                    .Where(m => m.PublishedAt == null)
                    .OrderBy(m => m.OccurredAt).ThenBy(m => m.Id)
                    .Take(options.Value.BatchSize)
                    .ToListAsync(cancellationToken);
            }
            if (batch.Count == 0) return total;
            var published = await publisher.PublishAsync(batch, cancellationToken);
            total += published;
            if (published < batch.Count || batch.Count < options.Value.BatchSize) return total;
        }
    }
}

/// <summary>The <c>Outbox</c> configuration section.</summary>
public sealed class OutboxOptions
{
    /// <summary>How often committed but unpublished events are looked for.</summary>
    public int RepublishIntervalMilliseconds { get; set; } = 5000;
    public int BatchSize { get; set; } = 200;
}
