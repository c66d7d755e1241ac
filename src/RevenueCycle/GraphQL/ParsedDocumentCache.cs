using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;

namespace RevenueCycle.GraphQL;

/// <summary>
/// Keeps the parsed form of queries that were valid once, keyed by their text, so a front end's repeated page
/// query is parsed once instead of per request (parsing was about a sixth of W1's time, docs/performance.md).
/// Only parsing is saved: unlike GraphQL.NET's own document caches, this one leaves
/// <see cref="ExecutionOptions.ValidationRules"/> alone, so every request still runs every rule — the authorization
/// rule depends on the caller and the complexity limit on the variables.
/// </summary>
public sealed class ParsedDocumentCache : IConfigureExecution
{
    /// <summary>Front ends send a few dozen distinct documents; a flood of distinct ones only empties the cache.</summary>
    public const int MaxDocuments = 1_000;

    /// <summary>Longer documents are rare and would hold much memory per entry; they are parsed each time.</summary>
    public const int MaxQueryLength = 20_000;

    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    public float SortOrder => 0;

    public int Count => _documents.Count;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var query = options.Query;
        if (options.Document is not null || query is null || query.Length > MaxQueryLength) return await next(options);
        if (_documents.TryGetValue(query, out var document))
        {
            options.Document = document;
            return await next(options);
        }

        var result = await next(options);
        // Executed: it parsed and passed validation, so it is a document worth keeping.
        if (result.Executed && result.Document is not null)
        {
            if (_documents.Count >= MaxDocuments) _documents.Clear();
            _documents.TryAdd(query, result.Document);
        }
        return result;
    }
}
