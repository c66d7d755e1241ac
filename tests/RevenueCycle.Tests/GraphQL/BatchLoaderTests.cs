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
}
