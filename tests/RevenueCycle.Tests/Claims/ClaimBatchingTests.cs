using RevenueCycle.Infrastructure;

namespace RevenueCycle.Claims;

/// <summary>
/// Nested fields are batched: a page of claims with patient, payer, provider, lines and diagnoses costs the
/// same small number of SQL commands for 10 claims as for 100 (1 page + 1 count + 5 batched loads).
/// </summary>
public abstract class ClaimBatchingTests(ApiHost host)
{
    private const string ClaimPage = """
        query($first: Int!) {
          claims(first: $first) {
            totalCount
            nodes {
              number status totalCharge
              patient { mrn lastName }
              payer { name }
              provider { npi lastName }
              lines { lineNumber procedureCode charge diagnosisPointers }
              diagnoses { sequence code }
            }
          }
        }
        """;

    private async Task<int> CommandsFor(int first)
    {
        using var client = host.Biller();
        await client.GraphQLAsync("{ me { actor } }"); // warm: the sign-in look-up is not part of the page
        var before = host.SqlCommands.Count;
        var response = await client.GraphQLAsync(ClaimPage, new { first });
        var after = host.SqlCommands.Count;
        var nodes = response.Data()["claims"]!["nodes"]!.AsArray();
        Assert.Equal(Math.Min(first, 66), nodes.Count); // the demo tenant has 66 claims
        Assert.All(nodes, n => Assert.NotNull(n!["patient"]));
        return after - before - SignInCommands;
    }

    // The development sign-in resolves the tenant slug with one query per request.
    private const int SignInCommands = 1;

    // W2 of the load harness, read from the file infra/perf/run.sh sends, so the guard follows the harness.
    private static readonly string HarnessW2 = File.ReadAllText(Path.Combine(RepoPaths.Root, "infra", "perf", "operations", "w2.graphql"));

    private async Task<int> HarnessW2CommandsFor(int first)
    {
        using var client = host.Biller();
        await client.GraphQLAsync("{ me { actor } }");
        var before = host.SqlCommands.Count;
        var response = await client.GraphQLAsync(HarnessW2, new { first });
        var after = host.SqlCommands.Count;
        var nodes = response.Data()["claims"]!["nodes"]!.AsArray();
        Assert.Equal(Math.Min(first, 66), nodes.Count);
        Assert.All(nodes, n => Assert.NotNull(n!["payer"]));
        return after - before - SignInCommands;
    }

    [Fact]
    public async Task The_harness_W2_page_costs_the_same_SQL_commands_for_10_50_and_100_claims()
    {
        // 1 page + 3 batched loads (payer, patient, lines); no totalCount asked.
        var ten = await HarnessW2CommandsFor(10);
        var fifty = await HarnessW2CommandsFor(50);
        var hundred = await HarnessW2CommandsFor(100);
        Assert.Equal(4, ten);
        Assert.Equal(ten, fifty);
        Assert.Equal(ten, hundred);
    }

    [Fact]
    public async Task The_harness_W2_page_runs_its_queries_on_one_connection()
    {
        using var client = host.Biller();
        await client.GraphQLAsync("{ me { actor } }");
        var before = host.SqlCommands.Count;
        (await client.GraphQLAsync(HarnessW2, new { first = 50 })).Data();
        var sent = host.SqlCommands.Recent.TakeLast(host.SqlCommands.Count - before).ToList();
        Assert.Equal(SignInCommands + 4, sent.Count);
        // The sign-in and the operation use the request's one DbContext: one open for the sign-in's look-up, one for the
        // page and its three batched loads (EF Core on its own opens and closes around each query: five).
        var context = Assert.Single(sent.Select(c => c.ContextId).Distinct());
        Assert.Equal(2, host.SqlCommands.OpensBy(context));
    }

    [Fact]
    public async Task The_SQL_command_count_does_not_grow_with_the_page_size()
    {
        var ten = await CommandsFor(10);
        var hundred = await CommandsFor(100);
        Assert.Equal(7, ten);
        Assert.Equal(ten, hundred);
    }
}

public sealed class ClaimBatchingTestsOnSqlite(SqliteApi api) : ClaimBatchingTests(api.Host), IClassFixture<SqliteApi>;

public sealed class ClaimBatchingTestsOnPostgres(PostgresApi api) : ClaimBatchingTests(api.Host), IClassFixture<PostgresApi>;
