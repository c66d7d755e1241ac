using RevenueCycle.GraphQL.Relay;
using RevenueCycle.Infrastructure;
using RevenueCycle.Seeding;

namespace RevenueCycle.Claims;

/// <summary>schema/operations/claim-detail.graphql on the seed, the same on every database.</summary>
public abstract class ClaimDetailSnapshotTests(ApiHost host)
{
    private static string ClaimId(int index) => GlobalId.Encode("Claim", SeedIds.For($"{DemoSeeder.DemoTenant}:claim", index));

    // No seeded claim has both scrub findings and payments, so the page is shown for two claims:
    // seed claim 6 is partially paid (payment, adjustments, denial, acknowledgement), 11 a draft that failed its scrub.
    [Theory]
    [InlineData(6, "claim-detail-partially-paid")]
    [InlineData(11, "claim-detail-scrub-failed")]
    public async Task Claim_detail(int seedIndex, string snapshot)
    {
        using var client = host.Biller();
        var response = await client.GraphQLAsync(Operations.Load("claim-detail"), new { id = ClaimId(seedIndex) });
        ResponseSnapshot.Match(response.Data(), "Claims", snapshot);
    }
}

public sealed class ClaimDetailSnapshotTestsOnSqlite(SqliteApi api) : ClaimDetailSnapshotTests(api.Host), IClassFixture<SqliteApi>;

public sealed class ClaimDetailSnapshotTestsOnPostgres(PostgresApi api) : ClaimDetailSnapshotTests(api.Host), IClassFixture<PostgresApi>;
