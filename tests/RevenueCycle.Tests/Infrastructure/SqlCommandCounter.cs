using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RevenueCycle.Infrastructure;

/// <summary>
/// Counts the SQL commands the API sends, so tests can assert batching (no N+1), and keeps the latest queries
/// (text and parameter values) so tests can ask the database how it plans them. Also counts the connection opens of
/// each DbContext, so tests can assert that a request's queries share one connection.
/// </summary>
public sealed class SqlCommandCounter : DbCommandInterceptor, IDbConnectionInterceptor
{
    private const int Kept = 200;
    private int _count;
    private int _auditInserts;
    private int _matching;
    private readonly ConcurrentQueue<SentCommand> _recent = new();
    private readonly ConcurrentDictionary<Guid, int> _opens = new();

    /// <summary>Reads sent by requests (the outbox re-publisher's polling left out).</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>INSERT commands into AuditEvents (not part of <see cref="Count"/>, which counts reads).</summary>
    public int AuditInserts => Volatile.Read(ref _auditInserts);

    /// <summary>When set, <see cref="MatchingCount"/> counts the commands whose SQL contains this text (e.g. <c>FROM "Claims"</c>).</summary>
    public string? Matching { get; set; }

    public int MatchingCount => Volatile.Read(ref _matching);

    /// <summary>The latest reads, oldest first (at most 200).</summary>
    public IReadOnlyList<SentCommand> Recent => [.. _recent];

    /// <summary>How many times the DbContext with this <see cref="SentCommand.ContextId"/> opened its connection.</summary>
    public int OpensBy(Guid contextId) => _opens.GetValueOrDefault(contextId);

    public InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Opened(eventData);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result,
        CancellationToken cancellationToken = default)
    {
        Opened(eventData);
        return ValueTask.FromResult(result);
    }

    private void Opened(ConnectionEventData eventData)
    {
        if (eventData.Context is not { } context) return;
        if (_opens.Count > 10_000) _opens.Clear(); // a long test run's contexts are not kept for ever
        _opens.AddOrUpdate(context.ContextId.InstanceId, 1, (_, n) => n + 1);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (command.CommandText.Contains("INSERT INTO \"AuditEvents\"", StringComparison.Ordinal)) Interlocked.Increment(ref _auditInserts);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Counted(command, eventData);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Counted(command, eventData);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Counted(DbCommand command, CommandEventData eventData)
    {
        if (IsBackground(command)) return;
        Interlocked.Increment(ref _count);
        if (Matching is { } text && command.CommandText.Contains(text, StringComparison.Ordinal)) Interlocked.Increment(ref _matching);
        _recent.Enqueue(new SentCommand(command.CommandText,
            [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value))], eventData.Context?.ContextId.InstanceId ?? Guid.Empty));
        while (_recent.Count > Kept) _recent.TryDequeue(out _);
    }

    // The outbox re-publisher polls every few seconds on its own; its look-ups belong to no request.
    private static bool IsBackground(DbCommand command) =>
        command.CommandText.Contains("FROM \"OutboxMessages\"", StringComparison.Ordinal) && !command.CommandText.Contains("INSERT", StringComparison.Ordinal);
}

/// <param name="ContextId">The sending DbContext's <c>ContextId.InstanceId</c> (empty without a context).</param>
public sealed record SentCommand(string Text, IReadOnlyList<(string Name, object? Value)> Parameters, Guid ContextId);
