using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Data;

namespace RevenueCycle.Auditing;

/// <summary>
/// Writes the PHI-read rows of all requests in flight in one transaction (group commit). Each request still
/// waits until its rows are committed before it answers, so no PHI leaves without its audit trail; but sixteen
/// concurrent chart or claim-page requests cost one commit instead of sixteen. On SQLite, where every commit is a
/// durable write behind a single writer lock, a commit per request capped pages with patients at about 100
/// requests/s (docs/performance.md, run 4).
/// </summary>
public sealed class PhiAuditWriter : IAsyncDisposable
{
    /// <summary>One commit takes at most this many rows; the rest wait for the next one.</summary>
    public const int MaxRowsPerCommit = 2_000;

    private readonly IServiceScopeFactory _scopes;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _loop;

    public PhiAuditWriter(IServiceScopeFactory scopes)
    {
        _scopes = scopes;
        _loop = Task.Run(WriteLoopAsync);
    }

    /// <summary>
    /// A record read again by the same actor through the same client within this window is not written again:
    /// the trail keeps who read which record and when (to the window), not every refresh of a work queue that shows
    /// the same fifty patients (those rows were most of a claim page's cost, docs/performance.md, run 4).
    /// </summary>
    public static readonly TimeSpan RepeatWindow = TimeSpan.FromMinutes(1);

    private const int RememberedReads = 200_000;
    private readonly Dictionary<(Guid Tenant, string Actor, string? Client, string Type, Guid Id), DateTime> _written = [];
    private readonly Lock _writtenLock = new();

    /// <summary>The rows not already written for the same actor, client and record within <see cref="RepeatWindow"/>.</summary>
    public List<AuditEvent> NotRecentlyWritten(IReadOnlyList<AuditEvent> rows)
    {
        var fresh = new List<AuditEvent>();
        lock (_writtenLock)
        {
            foreach (var row in rows)
            {
                var key = Key(row);
                if (_written.TryGetValue(key, out var at) && row.At - at < RepeatWindow && row.At >= at) continue;
                _written[key] = row.At;
                fresh.Add(row);
            }
            // Bounded memory: forget reads older than the window (or all, if a flood of distinct reads fills it).
            if (_written.Count > RememberedReads)
            {
                var now = rows.Select(r => r.At).DefaultIfEmpty(DateTime.UtcNow).Max();
                foreach (var stale in _written.Where(e => now - e.Value >= RepeatWindow).Select(e => e.Key).ToList()) _written.Remove(stale);
                if (_written.Count > RememberedReads) _written.Clear();
            }
        }
        return fresh;
    }

    /// <summary>Rows whose write failed: the next read of those records writes them again.</summary>
    public void Forget(IEnumerable<AuditEvent> rows)
    {
        lock (_writtenLock)
            foreach (var row in rows) _written.Remove(Key(row));
    }

    private static (Guid, string, string?, string, Guid) Key(AuditEvent row) =>
        (row.TenantId, row.Actor, row.ClientId, row.EntityType, row.EntityId ?? Guid.Empty);

    /// <summary>Completes when <paramref name="rows"/> are committed; fails if they could not be.</summary>
    public Task WriteAsync(IReadOnlyList<AuditEvent> rows)
    {
        var pending = new Pending(rows, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending)) throw new InvalidOperationException("The PHI audit writer has stopped; the request cannot be answered.");
        return pending.Done.Task;
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<Pending>();
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            var rows = 0;
            while (rows < MaxRowsPerCommit && _queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
                rows += next.Rows.Count;
            }
            try
            {
                await using var scope = _scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<RevenueCycleDb>();
                await using var transaction = await db.Database.BeginTransactionAsync();
                foreach (var chunk in batch.SelectMany(p => p.Rows).Chunk(PhiReads.RowsPerInsert)) await PhiReads.InsertAsync(db, chunk);
                await transaction.CommitAsync();
                foreach (var pending in batch) pending.Done.SetResult();
            }
            catch (Exception e)
            {
                foreach (var pending in batch) pending.Done.SetException(e);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
    }

    private sealed record Pending(IReadOnlyList<AuditEvent> Rows, TaskCompletionSource Done);
}
