using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Claims;
using RevenueCycle.Data;
using RevenueCycle.Events;
using RevenueCycle.Infrastructure;
using RevenueCycle.Tenancy;

namespace RevenueCycle.Subscriptions;

/// <summary>The transactional outbox: published after commit, never after rollback, re-published after a crash.</summary>
public sealed class OutboxTests(SubscriptionApi api) : IClassFixture<SubscriptionApi>
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(700);

    private IServiceProvider Services => api.Host.Services;

    [Fact]
    public async Task A_committed_change_is_published_once_and_marked()
    {
        using var events = await ListenAsync();
        var change = await Services.ChangeClaimStatusAsync();

        var received = await events.NextAsync();
        Assert.Equal(change.ClaimId, received.ClaimId);
        Assert.Equal(change.Status, received.Status);
        Assert.Equal(change.PreviousStatus, received.PreviousStatus);

        await using var scope = Services.CreateAsyncScope();
        var db = await scope.EnterAsync();
        var row = await db.Set<OutboxMessage>().SingleAsync(m => m.Payload.Contains(change.ClaimId.ToString()) && m.OccurredAt == change.At);
        Assert.NotNull(row.PublishedAt);
        Assert.Equal(nameof(ClaimStatusChanged), row.Type);
        Assert.False(await events.AnyWithinAsync(Quiet), "published twice");
    }

    [Fact]
    public async Task A_rolled_back_transaction_publishes_nothing()
    {
        using var events = await ListenAsync();
        ClaimStatusChanged change;
        await using (var scope = Services.CreateAsyncScope())
        {
            var db = await scope.EnterAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            change = db.ChangeStatus(await db.FirstClaimAsync());
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        Assert.False(await events.AnyWithinAsync(Quiet), "a rolled-back change was published");
        await using var check = Services.CreateAsyncScope();
        Assert.Equal(0, await (await check.EnterAsync()).Set<OutboxMessage>().CountAsync(m => m.OccurredAt == change.At));
    }

    [Fact]
    public async Task An_explicit_transaction_publishes_on_commit_not_on_save()
    {
        using var events = await ListenAsync();
        await using var scope = Services.CreateAsyncScope();
        var db = await scope.EnterAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var change = db.ChangeStatus(await db.FirstClaimAsync());
        await db.SaveChangesAsync();
        Assert.False(await events.AnyWithinAsync(Quiet), "published before commit");

        await transaction.CommitAsync();
        Assert.Equal(change.At, (await events.NextAsync()).At);
    }

    [Fact]
    public async Task Rows_left_unpublished_by_a_crash_are_published_by_the_republisher()
    {
        using var events = await ListenAsync();
        // A writer whose process "died" after commit: same database, but no after-commit publishing.
        string connectionString;
        await using (var scope = Services.CreateAsyncScope())
            connectionString = scope.ServiceProvider.GetRequiredService<RevenueCycleDb>().Database.GetConnectionString()!;
        var options = new DbContextOptionsBuilder<RevenueCycleDb>().UseRevenueCycleDatabase(api.Host.Provider, connectionString).Options;
        var tenant = new TenantScope();
        ClaimStatusChanged change;
        await using (var db = new RevenueCycleDb(options, tenant, TimeProvider.System))
        {
            tenant.Enter(await db.Tenants.Where(t => t.Slug == "demo").Select(t => t.Id).SingleAsync(), WorkflowWrites.Actor);
            change = db.ChangeStatus(await db.FirstClaimAsync());
            await db.SaveChangesAsync();
        }

        var received = await events.NextAsync();
        Assert.Equal(change.At, received.At);
        Assert.Equal(change.ClaimId, received.ClaimId);
    }

    private async Task<EventCollector> ListenAsync(string tenant = "demo")
    {
        await using var scope = Services.CreateAsyncScope();
        var db = await scope.EnterAsync(tenant);
        return new EventCollector(Services.GetRequiredService<EventHub>(), db.CurrentTenantId);
    }

    /// <summary>Collects the claim status events the hub delivers for one tenant.</summary>
    private sealed class EventCollector : IObserver<ClaimStatusChanged>, IDisposable
    {
        private readonly BlockingCollection<ClaimStatusChanged> _received = new();
        private readonly IDisposable _subscription;

        public EventCollector(EventHub hub, Guid tenantId) => _subscription = hub.Events<ClaimStatusChanged>(tenantId, _ => true).Subscribe(this);

        public async Task<ClaimStatusChanged> NextAsync() =>
            await Task.Run(() => _received.TryTake(out var e, TimeSpan.FromSeconds(15)) ? e : throw new TimeoutException("No event arrived."));

        public async Task<bool> AnyWithinAsync(TimeSpan wait) => await Task.Run(() => _received.TryTake(out _, wait));

        public void OnNext(ClaimStatusChanged value) => _received.Add(value);
        public void OnError(Exception error) { }
        public void OnCompleted() { }
        public void Dispose() => _subscription.Dispose();
    }
}
