using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RevenueCycle.Infrastructure;

/// <summary>Counts the SQL commands the API sends, so tests can assert batching (no N+1).</summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private int _count;
    private int _matching;

    public int Count => Volatile.Read(ref _count);

    /// <summary>When set, <see cref="MatchingCount"/> counts the commands whose SQL contains this text (e.g. <c>FROM "Claims"</c>).</summary>
    public string? Matching { get; set; }

    public int MatchingCount => Volatile.Read(ref _matching);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Counted(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Counted(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Counted(DbCommand command)
    {
        Interlocked.Increment(ref _count);
        if (Matching is { } text && command.CommandText.Contains(text, StringComparison.Ordinal)) Interlocked.Increment(ref _matching);
    }
}
