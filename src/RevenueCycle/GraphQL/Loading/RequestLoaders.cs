using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using GraphQLParser.AST;
using Microsoft.EntityFrameworkCore.Metadata;
using RevenueCycle.Data;

namespace RevenueCycle.GraphQL.Loading;

/// <summary>
/// The batch loaders of one request, by name. Scoped, so batches and caches never cross requests or tenants.
/// </summary>
public sealed class RequestLoaders
{
    private readonly Dictionary<string, object> _loaders = [];
    private readonly Dictionary<(GraphQLField, string), object> _selections = [];

    /// <summary>
    /// The loader name and column selector for the objects of <paramref name="context"/>'s field (see <see cref="Projection"/>),
    /// worked out once per field of the query rather than once per parent: every claim of a page asks for its patient.
    /// </summary>
    public (string Name, Expression<Func<T, T>>? Select) Selection<T>(IResolveFieldContext context, string loader, IModel model, IReadOnlyList<string>? alsoRead)
        where T : Entity
    {
        if (!_selections.TryGetValue((context.FieldAst, loader), out var selection))
        {
            var (columns, select) = Projection.Of<T>(context, model, alsoRead);
            _selections[(context.FieldAst, loader)] = selection = (loader + "[" + columns + "]", select);
        }
        return ((string, Expression<Func<T, T>>?))selection;
    }

    /// <summary>
    /// Loads one row per key (e.g. a claim's patient). <paramref name="fetch"/> gets <paramref name="state"/> (the DbContext,
    /// the projection) instead of capturing it, so a parent whose batch exists already allocates no closure: the fetch
    /// should be a static or schema-time delegate. A key without a row gives <paramref name="missing"/>.
    /// </summary>
    public IDataLoaderResult<TValue?> One<TKey, TValue, TState>(string name, TKey key, TState state,
        Func<TState, IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, TValue? missing = default)
        where TKey : notnull =>
        Get(name, state, fetch, missing).Load(key);

    /// <summary>Loads the rows that belong to each key (e.g. a claim's lines); missing keys give an empty list.</summary>
    public IDataLoaderResult<IReadOnlyList<TValue>> Many<TKey, TValue, TState>(string name, TKey key, TState state,
        Func<TState, IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, IReadOnlyList<TValue>>>> fetch)
        where TKey : notnull =>
        Get(name, state, fetch, []).Load(key)!;

    private BatchLoader<TKey, TValue> Get<TKey, TValue, TState>(string name, TState state,
        Func<TState, IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, TValue? missing)
        where TKey : notnull
    {
        if (!_loaders.TryGetValue(name, out var loader))
            _loaders[name] = loader = new BatchLoader<TKey, TValue>((keys, ct) => fetch(state, keys, ct), missing);
        return (BatchLoader<TKey, TValue>)loader;
    }
}
