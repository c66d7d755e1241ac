using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RevenueCycle.Events;

/// <summary>
/// Publishes the outbox rows of a SaveChanges once they are committed: when SaveChanges' own transaction
/// commits, when the caller's explicit transaction commits, or right after SaveChanges when EF needed no
/// transaction. A rollback, or a failed SaveChanges, drops them: nothing that did not commit is published.
/// </summary>
public sealed class OutboxInterceptor(OutboxPublisher publisher) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    // Rows saved but not yet committed, per context instance (a context is used by one thread at a time).
    private readonly ConditionalWeakTable<DbContext, List<OutboxMessage>> _pending = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context?.Database.CurrentTransaction is null) Publish(eventData.Context).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null) await Publish(eventData.Context);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => DropUnsaved(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        DropUnsaved(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        Publish(eventData.Context).GetAwaiter().GetResult();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        Publish(eventData.Context);

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Drop(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Drop(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Drop(eventData.Context);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Drop(eventData.Context);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null) return;
        var added = context.ChangeTracker.Entries<OutboxMessage>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (added.Count == 0) return;
        var pending = _pending.GetOrCreateValue(context);
        foreach (var message in added)
            if (!pending.Contains(message)) pending.Add(message);
    }

    private Task Publish(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending) || pending.Count == 0) return Task.CompletedTask;
        _pending.Remove(context);
        // The caller's request token is not ours: the commit happened, so publishing must not be cancelled with it.
        return publisher.PublishAsync(pending, CancellationToken.None);
    }

    private void Drop(DbContext? context)
    {
        if (context is not null) _pending.Remove(context);
    }

    // A failed SaveChanges inside an explicit transaction keeps what earlier SaveChanges saved, drops its own rows.
    private void DropUnsaved(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending)) return;
        pending.RemoveAll(m => context.Entry(m).State == EntityState.Added);
        if (context.Database.CurrentTransaction is null) _pending.Remove(context);
    }
}
