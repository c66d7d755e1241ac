using RevenueCycle.Infrastructure;

namespace RevenueCycle.Analytics;

/// <summary>schema/operations/ar-dashboard.graphql on the seed, the same on every database.</summary>
public abstract class ArDashboardSnapshotTests(ApiHost host)
{
    /// <summary>The test clock's day (2026-11-02) and the three months before it, which hold most seeded claims.</summary>
    public static readonly object Variables = new { asOf = "2026-11-02", from = "2026-08-01", to = "2026-10-31" };

    [Fact]
    public async Task Ar_dashboard()
    {
        using var client = host.Biller();
        var response = await client.GraphQLAsync(Operations.Load("ar-dashboard"), Variables);
        ResponseSnapshot.Match(response.Data(), "Analytics", "ar-dashboard");
    }
}

public sealed class ArDashboardSnapshotTestsOnSqlite(SqliteApi api) : ArDashboardSnapshotTests(api.Host), IClassFixture<SqliteApi>;

public sealed class ArDashboardSnapshotTestsOnPostgres(PostgresApi api) : ArDashboardSnapshotTests(api.Host), IClassFixture<PostgresApi>;
