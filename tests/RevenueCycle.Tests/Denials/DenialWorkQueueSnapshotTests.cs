using RevenueCycle.Infrastructure;

namespace RevenueCycle.Denials;

/// <summary>schema/operations/denial-work-queue.graphql on the seed, the same on every database.</summary>
public abstract class DenialWorkQueueSnapshotTests(ApiHost host)
{
    [Fact]
    public async Task Denial_work_queue()
    {
        using var client = host.Biller();
        var response = await client.GraphQLAsync(Operations.Load("denial-work-queue"), new { first = 10 });
        ResponseSnapshot.Match(response.Data(), "Denials", "denial-work-queue");
    }
}

public sealed class DenialWorkQueueSnapshotTestsOnSqlite(SqliteApi api) : DenialWorkQueueSnapshotTests(api.Host), IClassFixture<SqliteApi>;

public sealed class DenialWorkQueueSnapshotTestsOnPostgres(PostgresApi api) : DenialWorkQueueSnapshotTests(api.Host), IClassFixture<PostgresApi>;
