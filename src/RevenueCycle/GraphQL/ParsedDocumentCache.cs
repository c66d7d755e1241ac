using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace RevenueCycle.GraphQL;

/// <summary>
/// Keeps the parsed form of queries that were valid once, keyed by their text, so a front end's repeated page
/// query is parsed and checked against the specification's rules once instead of per request (parsing was about a
/// sixth of W1's time, the spec rules about a twentieth of W2's: docs/performance.md, fixes 8 and 15). The rules
/// whose outcome depends on the request still run every time: <see cref="AuthorizationRule"/> (the caller), the
/// complexity limit (the variables: GraphQL.NET appends it after this runs) and the coercion of the variables'
/// values, which the validator always does.
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

    internal IEnumerable<string> Queries => _documents.Keys;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var query = options.Query;
        if (options.Document is not null || query is null || query.Length > MaxQueryLength) return await next(options);
        if (_documents.TryGetValue(query, out var document))
        {
            options.Document = document;
            // The specification's rules read only the document and the schema, both unchanged since it passed them.
            options.ValidationRules = options.ValidationRules?.Where(DependsOnRequest).ToList();
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

    private static bool DependsOnRequest(IValidationRule rule) => rule is AuthorizationRule;
}
