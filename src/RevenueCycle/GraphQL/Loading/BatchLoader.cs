using GraphQL.DataLoader;

namespace RevenueCycle.GraphQL.Loading;

/// <summary>
/// Collects the keys that resolvers ask for while one level of the query executes, then fetches them all
/// with one query the first time any result is awaited. GraphQL.NET's engine awaits <see cref="IDataLoaderResult"/>
/// only after it has visited every field of the level, which is what makes the batch whole.
/// </summary>
/// <param name="missing">What a key without a row gives (null for one row, an empty list for children).</param>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, TValue? missing = default)
    where TKey : notnull
{
    // A level's rows normally arrive in one batch: its dictionary is kept as the fetch made it, not copied key by key.
    private IReadOnlyDictionary<TKey, TValue>? _loaded;
    private Dictionary<TKey, TValue>? _loadedLater;
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
    // TResult is TValue for typed callers and object for the engine, which then gets one task per parent rather than a
    // typed one and its object copy (150 of each on a claim page).
    private Task<TResult> GetAsync<TResult>(TKey key, CancellationToken cancellationToken) =>
        Fetched(cancellationToken) ? Task.FromResult((TResult)(object?)Find(key)!) : AfterFetchAsync<TResult>(key);

    private bool Fetched(CancellationToken cancellationToken)
    {
        if (_pending.Count > 0) _fetching = FetchAsync(cancellationToken);
        return _fetching.IsCompletedSuccessfully;
    }

    private async Task FetchAsync(CancellationToken cancellationToken)
    {
        var keys = _pending;
        _pending = [];
        _fetched.UnionWith(keys);
        var rows = await fetch(keys, cancellationToken);
        if (_loaded is null) _loaded = rows;
        else foreach (var (k, v) in rows) (_loadedLater ??= [])[k] = v;
    }

    private async Task<TResult> AfterFetchAsync<TResult>(TKey key)
    {
        await _fetching;
        return (TResult)(object?)Find(key)!;
    }

    private TValue? Find(TKey key) =>
        _loaded is not null && _loaded.TryGetValue(key, out var value) || _loadedLater is not null && _loadedLater.TryGetValue(key, out value) ? value : missing;

    private sealed class Pending(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync<TValue?>(key, cancellationToken);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => loader.GetAsync<object?>(key, cancellationToken);
    }
}
