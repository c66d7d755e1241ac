using GraphQL.DataLoader;

namespace RevenueCycle.GraphQL.Loading;

public static class LoaderResultExtensions
{
    /// <summary>Maps a pending batch result without awaiting it, so the batch stays whole.</summary>
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> source, Func<TIn, TOut> map) =>
        new Mapped<TIn, TOut>(source, map);

    /// <summary>Waits for several pending results; they were all queued first, so each loader still runs one batch.</summary>
    public static IDataLoaderResult<IReadOnlyList<T>> All<T>(this IEnumerable<IDataLoaderResult<T>?> sources) =>
        new Combined<T>(sources.ToList());

    /// <summary>The engine asks for results as objects; a result that is already there is passed on without awaiting.</summary>
    internal static Task<object?> AsObject<T>(this Task<T> task) =>
        task.IsCompletedSuccessfully ? Task.FromResult<object?>(task.Result) : AwaitAsObject(task);

    private static async Task<object?> AwaitAsObject<T>(Task<T> task) => await task;

    private sealed class Combined<T>(List<IDataLoaderResult<T>?> sources) : IDataLoaderResult<IReadOnlyList<T>>
    {
        public async Task<IReadOnlyList<T>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var results = new List<T>(sources.Count);
            foreach (var source in sources)
                results.Add(source is null ? default! : await source.GetResultAsync(cancellationToken));
            return results;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }

    private sealed class Mapped<TIn, TOut>(IDataLoaderResult<TIn> source, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
    {
        public Task<TOut> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var result = source.GetResultAsync(cancellationToken);
            return result.IsCompletedSuccessfully ? Task.FromResult(map(result.Result)) : MapAsync(result);
        }

        private async Task<TOut> MapAsync(Task<TIn> result) => map(await result);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => GetResultAsync(cancellationToken).AsObject();
    }
}
