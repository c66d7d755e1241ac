using GraphQL;
using System.Text.Json.Nodes;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.GraphQL;
using RevenueCycle.Identity;
using RevenueCycle.Infrastructure;

namespace RevenueCycle.Authorization;

/// <summary>
/// Tenant isolation seen from outside, with real tokens of each tenant's integration (all scopes): every list
/// field of the schema returns only the caller's rows, and the other tenant's IDs resolve to null.
/// </summary>
public abstract class TenantIsolationTests(ApiHost host)
{
    [Fact]
    public async Task Lakeside_sees_none_of_demos_rows_and_demos_ids_resolve_to_null()
    {
        using var http = host.CreateClient();
        using var demo = host.WithToken(await http.ClientTokenAsync("demo"));
        using var lakeside = host.WithToken(await http.ClientTokenAsync("lakeside"));

        var schema = host.Services.GetRequiredService<RevenueCycleSchema>();
        schema.Initialize(); // resolves the field types, in case no request has yet
        // Every connection on Query whose nodes have IDs, walked from the schema so a new list is covered too.
        var lists = schema.Query.Fields
            .Where(f => f.ResolvedType!.GetNamedType().Name.EndsWith("Connection", StringComparison.Ordinal))
            .Where(f => f.Arguments?.All(a => a.ResolvedType is not NonNullGraphType) ?? true)
            .Where(f => ((IComplexGraphType)f.ResolvedType!.GetNamedType()).GetField("nodes")?.ResolvedType?.GetNamedType() is IComplexGraphType node && node.HasField("id"))
            .Select(f => f.Name).ToList();
        Assert.Contains("claims", lists);
        Assert.Contains("patients", lists);

        var demoIds = new List<string>();
        foreach (var list in lists)
        {
            var query = $"{{ {list}(first: 100) {{ totalCount nodes {{ id }} }} }}";
            var mine = Ids((await demo.GraphQLAsync(query)).Data()[list]!);
            var theirs = Ids((await lakeside.GraphQLAsync(query)).Data()[list]!);
            Assert.True(mine.Intersect(theirs).Count() == 0, $"{list}: lakeside sees demo rows");
            demoIds.AddRange(mine.Take(5));
        }
        Assert.True(demoIds.Count > 20, "The seed should give demo rows in most lists.");

        // Lakeside's own claims are all there (22 seeded) and none of demo's.
        Assert.Equal(22, (await lakeside.GraphQLAsync("{ claims { totalCount } }")).Data()["claims"]!["totalCount"]!.GetValue<int>());

        var nodes = (await lakeside.GraphQLAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = demoIds })).Data()["nodes"]!.AsArray();
        Assert.Equal(demoIds.Count, nodes.Count);
        Assert.All(nodes, n => Assert.Null(n));
        // And one at a time, for the claim and the tenant itself.
        var demoTenant = (await demo.GraphQLAsync("{ me { tenant { id } } }")).Data()["me"]!["tenant"]!["id"]!.GetValue<string>();
        foreach (var id in new[] { demoIds[0], demoTenant })
            Assert.Null((await lakeside.GraphQLAsync("query($id: ID!) { node(id: $id) { id } }", new { id })).Data()["node"]);
        // Demo itself still resolves them (the nulls above are isolation, not broken IDs).
        Assert.NotNull((await demo.GraphQLAsync("query($id: ID!) { node(id: $id) { id } }", new { id = demoIds[0] })).Data()["node"]);
    }

    private static List<string> Ids(JsonNode connection) =>
        [.. connection["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>())];
}

public sealed class TenantIsolationTestsOnSqlite(SqliteApi api) : TenantIsolationTests(api.Host), IClassFixture<SqliteApi>;

[Collection(SharedPostgresApi.Name)]
public sealed class TenantIsolationTestsOnPostgres(PostgresApi api) : TenantIsolationTests(api.Host);
