using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RevenueCycle.Infrastructure;

/// <summary>
/// Counts the SQL commands the API sends, so tests can assert batching (no N+1), and keeps the latest queries
/// (text and parameter values) so tests can ask the database how it plans them.
/// </summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private const int Kept = 200;
    private int _count;
    private readonly ConcurrentQueue<SentCommand> _recent = new();

    public int Count => Volatile.Read(ref _count);

    /// <summary>The latest queries, oldest first (at most 200).</summary>
    public IReadOnlyList<SentCommand> Recent => [.. _recent];

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Record(DbCommand command)
    {
        // The outbox re-publisher polls on its own timer; its reads are not any request's work.
        if (command.CommandText.Contains("\"OutboxMessages\"", StringComparison.Ordinal) && command.CommandText.StartsWith("SELECT", StringComparison.Ordinal)) return;
        Interlocked.Increment(ref _count);
        _recent.Enqueue(new SentCommand(command.CommandText,
            [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value))]));
        while (_recent.Count > Kept) _recent.TryDequeue(out _);
    }
}

public sealed record SentCommand(string Text, IReadOnlyList<(string Name, object? Value)> Parameters);
