using GraphQL.DataLoader;

namespace RevenueCycle.GraphQL.Loading;

/// <summary>
/// Collects the keys that resolvers ask for while one level of the query executes, then fetches them all
/// with one query the first time any result is awaited. GraphQL.NET's engine awaits <see cref="IDataLoaderResult"/>
/// only after it has visited every field of the level, which is what makes the batch whole.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _loaded = [];
    private readonly HashSet<TKey> _fetched = [];
    private HashSet<TKey> _pending = [];
    private Task _fetching = Task.CompletedTask;

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        if (!_fetched.Contains(key)) _pending.Add(key);
        return new Pending(this, key);
    }

    // Every parent but the first finds its batch fetched already: answer those without an async state machine. A
    // failed fetch fails every parent that waits on it, not only the first (the others would read a missing row).
    private Task<TValue?> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        if (_pending.Count > 0) _fetching = FetchAsync(cancellationToken);
        return _fetching.IsCompletedSuccessfully ? Task.FromResult(Find(key)) : AfterFetchAsync(key);
    }

    private async Task FetchAsync(CancellationToken cancellationToken)
    {
        var keys = _pending;
        _pending = [];
        _fetched.UnionWith(keys);
        foreach (var (k, v) in await fetch(keys, cancellationToken)) _loaded[k] = v;
    }

    private async Task<TValue?> AfterFetchAsync(TKey key)
    {
        await _fetching;
        return Find(key);
    }

    private TValue? Find(TKey key) => _loaded.TryGetValue(key, out var value) ? value : default;

    private sealed class Pending(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => GetResultAsync(cancellationToken).AsObject();
    }
}
