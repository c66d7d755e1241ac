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
