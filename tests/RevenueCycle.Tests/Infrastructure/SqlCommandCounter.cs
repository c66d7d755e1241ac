using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RevenueCycle.Infrastructure;

/// <summary>Counts the SQL commands the API sends, so tests can assert batching (no N+1).</summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private int _count;
    private int _auditInserts;

    public int Count => Volatile.Read(ref _count);

    /// <summary>INSERT commands into AuditEvents (not part of <see cref="Count"/>, which counts reads).</summary>
    public int AuditInserts => Volatile.Read(ref _auditInserts);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (command.CommandText.Contains("INSERT INTO \"AuditEvents\"", StringComparison.Ordinal)) Interlocked.Increment(ref _auditInserts);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (!IsBackground(command)) Interlocked.Increment(ref _count);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        if (!IsBackground(command)) Interlocked.Increment(ref _count);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    // The outbox re-publisher polls every few seconds on its own; its look-ups belong to no request.
    private static bool IsBackground(DbCommand command) =>
        command.CommandText.Contains("FROM \"OutboxMessages\"", StringComparison.Ordinal) && !command.CommandText.Contains("INSERT", StringComparison.Ordinal);
}
