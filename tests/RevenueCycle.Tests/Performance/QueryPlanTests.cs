using Microsoft.Data.Sqlite;
using RevenueCycle.Infrastructure;

namespace RevenueCycle.Performance;

/// <summary>
/// The load harness's W2 page (claims with payer, patient and lines) asks SQLite for plans that stay small as a
/// tenant grows: the page walks the (TenantId, ServiceDateFrom DESC, Id) index instead of sorting the newest
/// dates in a temporary B-tree, and the batched loads find a page's rows by key instead of reading the tenant.
/// Checked with the statistics the API keeps (PRAGMA optimize at start) and, for the index design, without any.
/// The plan is the figure a noisy machine cannot blur; the timings are in docs/performance.md.
/// </summary>
public sealed class QueryPlanTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    private static readonly string W2 = File.ReadAllText(Path.Combine(RepoPaths.Root, "infra", "perf", "operations", "w2.graphql"));

    [Fact]
    public async Task With_statistics_every_W2_query_is_an_index_walk_or_a_key_lookup()
    {
        var queries = await W2Queries();
        var file = DatabaseFile();
        Assert.Contains("USING INDEX IX_Claims_TenantId_ServiceDateFrom_Id", await PlanAsync(file, queries.Page));
        Assert.DoesNotContain("TEMP B-TREE", await PlanAsync(file, queries.Page));
        Assert.Contains("IX_ClaimLines_TenantId_ClaimId_LineNumber", await PlanAsync(file, queries.Lines));
        // The statistics are there because start-up refreshed them (SqliteStatistics), not because a test ran ANALYZE.
        Assert.Contains("IX_Claims_TenantId_ServiceDateFrom_Id", await StatisticsAsync(file));
    }

    [Fact]
    public async Task Without_statistics_the_page_and_its_lines_still_use_their_indexes()
    {
        var queries = await W2Queries();
        var copy = Path.Combine(Path.GetTempPath(), $"revenuecycle-plan-{Guid.NewGuid():N}.db");
        try
        {
            await using (var source = new SqliteConnection($"Data Source={DatabaseFile()};Pooling=false"))
            {
                await source.OpenAsync();
                await Execute(source, $"VACUUM INTO '{copy}'");
            }
            await using (var target = new SqliteConnection($"Data Source={copy};Pooling=false"))
            {
                await target.OpenAsync();
                await Execute(target, "DROP TABLE IF EXISTS sqlite_stat1; DROP TABLE IF EXISTS sqlite_stat4;");
            }
            var page = await PlanAsync(copy, queries.Page);
            Assert.Contains("USING INDEX IX_Claims_TenantId_ServiceDateFrom_Id", page);
            Assert.DoesNotContain("TEMP B-TREE", page);
            Assert.Contains("IX_ClaimLines_TenantId_ClaimId_LineNumber", await PlanAsync(copy, queries.Lines));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (File.Exists(copy)) File.Delete(copy);
        }
    }

    private sealed record Queries(SentCommand Page, SentCommand Lines);

    private async Task<Queries> W2Queries()
    {
        using var client = api.Host.Biller();
        var response = await client.GraphQLAsync(W2, new { first = 50 });
        Assert.Equal(50, response.Data()["claims"]!["nodes"]!.AsArray().Count);
        var recent = api.Host.SqlCommands.Recent;
        SentCommand Last(Func<string, bool> match) => recent.Last(c => match(c.Text));
        return new Queries(
            Last(t => t.Contains("FROM \"Claims\"", StringComparison.Ordinal) && t.Contains("LIMIT", StringComparison.Ordinal)),
            Last(t => t.Contains("FROM \"ClaimLines\"", StringComparison.Ordinal)));
    }

    private string DatabaseFile() => new SqliteConnectionStringBuilder(api.Host.ConnectionString).DataSource;

    private static async Task<string> PlanAsync(string file, SentCommand query)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=false");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + query.Text;
        foreach (var (name, value) in query.Parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(3));
        return string.Join("\n", lines);
    }

    private static async Task<string> StatisticsAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=false");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(idx, ' ') FROM sqlite_stat1";
        return (await command.ExecuteScalarAsync()) as string ?? "";
    }

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
