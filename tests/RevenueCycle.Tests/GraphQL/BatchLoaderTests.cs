using GraphQL.DataLoader;
using RevenueCycle.GraphQL.Loading;

namespace RevenueCycle.GraphQL;

/// <summary>What every parent of a level gets from one batch: the rows, the failure, or the rows once they are in.</summary>
public sealed class BatchLoaderTests
{
    [Fact]
    public async Task One_fetch_answers_every_key_of_the_level()
    {
        var fetches = new List<int[]>();
        var loader = new BatchLoader<int, string>((keys, _) =>
        {
            fetches.Add([.. keys]);
            return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => $"row {k}"));
        });
        var one = loader.Load(1);
        var two = loader.Load(2);
        var missing = loader.Load(3);

        Assert.Equal("row 1", await one.GetResultAsync());
        Assert.Equal("row 2", await two.GetResultAsync());
        Assert.Equal("row 3", await missing.GetResultAsync());
        Assert.Equal([1, 2, 3], Assert.Single(fetches).Order());
    }

    [Fact]
    public async Task A_failed_fetch_fails_every_parent_waiting_on_it_not_only_the_first()
    {
        var loader = new BatchLoader<int, string>((_, _) => Task.FromException<IReadOnlyDictionary<int, string>>(new InvalidOperationException("database gone")));
        var one = loader.Load(1);
        var two = loader.Load(2);

        await Assert.ThrowsAsync<InvalidOperationException>(() => one.GetResultAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => two.GetResultAsync()); // before: null, a missing row
    }

    [Fact]
    public async Task A_parent_that_asks_while_the_fetch_runs_gets_the_row_once_it_is_in()
    {
        var rows = new TaskCompletionSource<IReadOnlyDictionary<int, string>>();
        var fetches = 0;
        var loader = new BatchLoader<int, string>((_, _) => { fetches++; return rows.Task; });
        var first = loader.Load(1);
        var second = loader.Load(2);
        var one = first.GetResultAsync(); // starts the batch
        var two = second.GetResultAsync(); // the batch is on its way

        rows.SetResult(new Dictionary<int, string> { [1] = "row 1", [2] = "row 2" });
        Assert.Equal("row 1", await one);
        Assert.Equal("row 2", await two); // before: null, read before the rows arrived
        Assert.Equal(1, fetches);
    }

    // GraphQL.NET awaits the untyped result; it must carry what the typed one does, before and after the fetch.
    [Fact]
    public async Task The_engines_untyped_result_is_the_row_or_the_missing_value()
    {
        var rows = new TaskCompletionSource<IReadOnlyDictionary<int, IReadOnlyList<string>>>();
        var loader = new BatchLoader<int, IReadOnlyList<string>>((_, _) => rows.Task, []);
        IDataLoaderResult first = loader.Load(1), second = loader.Load(2);
        var one = first.GetResultAsync(); // starts the batch, still running
        rows.SetResult(new Dictionary<int, IReadOnlyList<string>> { [1] = ["a", "b"] });

        Assert.Equal(["a", "b"], Assert.IsAssignableFrom<IReadOnlyList<string>>(await one));
        Assert.Empty(Assert.IsAssignableFrom<IReadOnlyList<string>>(await second.GetResultAsync())); // no rows: the missing value, not null
        Assert.Null(await new BatchLoader<int, string>((_, _) => Task.FromResult<IReadOnlyDictionary<int, string>>(new Dictionary<int, string>())).Load(9).GetResultAsync());
    }

    [Fact]
    public async Task Loaders_of_a_request_share_a_batch_by_name_and_pass_the_state_to_the_fetch()
    {
        var loaders = new RequestLoaders();
        var calls = new List<(string State, int[] Keys)>();
        Func<string, IReadOnlyCollection<int>, CancellationToken, Task<IReadOnlyDictionary<int, IReadOnlyList<int>>>> fetch = (state, keys, _) =>
        {
            calls.Add((state, [.. keys.Order()]));
            return Task.FromResult<IReadOnlyDictionary<int, IReadOnlyList<int>>>(keys.Where(k => k != 2).ToDictionary(k => k, k => (IReadOnlyList<int>)[k * 10]));
        };
        var one = loaders.Many("children", 1, "first state", fetch);
        var two = loaders.Many("children", 2, "second state", fetch); // same batch: the first caller's state stays

        Assert.Equal([10], await one.GetResultAsync());
        Assert.Empty(await two.GetResultAsync());
        var call = Assert.Single(calls);
        Assert.Equal("first state", call.State);
        Assert.Equal([1, 2], call.Keys);
    }
}
