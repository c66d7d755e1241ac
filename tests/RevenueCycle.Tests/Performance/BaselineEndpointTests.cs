using System.Net;
using System.Text.Json.Nodes;
using RevenueCycle.Infrastructure;

namespace RevenueCycle.Performance;

/// <summary>
/// The load harness compares W1 with the baseline endpoint B0; the comparison is only fair if B0 answers the same
/// JSON, under the same sign-in, role check and tenant scope.
/// </summary>
public sealed class BaselineEndpointTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    private static readonly string HarnessW1 = File.ReadAllText(Path.Combine(RepoPaths.Root, "infra", "perf", "operations", "w1.graphql"));

    [Theory]
    [InlineData("")]
    [InlineData("&tenantFilter=explicit")]
    public async Task The_baseline_answers_the_same_JSON_as_W1(string variant)
    {
        using var client = api.Host.Biller();
        var graphql = await client.GraphQLAsync(HarnessW1, new { first = 50 });
        var baseline = JsonNode.Parse(await client.GetStringAsync("/baseline/claims?first=50" + variant))!;
        Assert.True(JsonNode.DeepEquals(graphql, baseline), $"GraphQL:\n{graphql.Json()}\nbaseline:\n{baseline.Json()}");
    }

    [Fact]
    public async Task The_baseline_reads_only_the_callers_tenant()
    {
        using var client = api.Host.Biller("lakeside");
        var baseline = JsonNode.Parse(await client.GetStringAsync("/baseline/claims?first=100"))!;
        Assert.Equal(22, baseline["data"]!["claims"]!["nodes"]!.AsArray().Count); // lakeside's 22 of the 88 seeded claims
    }

    [Fact]
    public async Task The_baseline_needs_a_signed_in_caller_with_a_billing_role()
    {
        using var anonymous = api.Host.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/baseline/claims?first=5")).StatusCode);
        using var frontDesk = api.Host.As("fd", "demo", Identity.Roles.FrontDesk);
        Assert.Equal(HttpStatusCode.Forbidden, (await frontDesk.GetAsync("/baseline/claims?first=5")).StatusCode);
    }
}
