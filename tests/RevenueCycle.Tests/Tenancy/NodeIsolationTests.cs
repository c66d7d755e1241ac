using System.Text.Json.Nodes;
using RevenueCycle.Identity;
using RevenueCycle.Infrastructure;
using RevenueCycle.Seeding;

namespace RevenueCycle.Tenancy;

/// <summary>
/// Issue #4 from the outside: the ID of every node type of the demo tenant resolves for demo and is null for a
/// lakeside user with every role. The node types come from the schema, so a new one must be added here.
/// </summary>
public abstract class NodeIsolationTests(ApiHost host)
{
    // One ID of each node type of the caller's tenant. Statements and audit events are not seeded.
    private const string OneOfEach = """
        {
          me { tenant { id } }
          providers(first: 1) { nodes { id } }
          facilities(first: 1) { nodes { id } }
          payers(first: 1) { nodes { id } }
          feeSchedules(first: 1) { nodes { id } }
          patients(first: 1, where: { mrn: { eq: "MRN000016" } }) { nodes { id ledger { id } statements { id } } }
          coverages(first: 1) { nodes { id } }
          encounters(first: 1) { nodes { id } }
          claims(first: 1) { nodes { id } }
          denials(first: 1) { nodes { id } }
          remittances(first: 1) { nodes { id } }
          claimPayments(first: 1) { nodes { id } }
          payments(first: 1) { nodes { id } }
          auditEvents(first: 1) { nodes { id } }
        }
        """;

    private const string ByNode = "query($id: ID!) { node(id: $id) { __typename id } }";
    private const string ByNodes = "query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }";

    private static readonly HashSet<string> NotSeeded = ["Statement", "AuditEvent", "SubmissionBatch", "RemittanceImport", "AcknowledgementImport", "ApiClient", "ImportJob"];

    private static HttpClient AllRoles(ApiHost host, string tenant) => host.As("admin", tenant, Roles.All);

    [Fact]
    public async Task Every_node_type_of_one_tenant_is_null_for_another()
    {
        using var demo = AllRoles(host, DemoSeeder.DemoTenant);
        using var lakeside = AllRoles(host, DemoSeeder.SecondTenant);
        var ids = await DemoIdsByTypeAsync(demo);

        var nodeTypes = (await demo.GraphQLAsync("""{ __type(name: "Node") { possibleTypes { name } } }"""))
            .Data()["__type"]!["possibleTypes"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).ToList();
        // Every node type is checked, except those with no seeded row (checked too once a row exists, e.g. audit events).
        Assert.Empty(nodeTypes.Except(ids.Keys).Except(NotSeeded));

        foreach (var (type, id) in ids)
        {
            var own = (await demo.GraphQLAsync(ByNode, new { id })).Data()["node"];
            Assert.True(own is not null, $"node(id:) of the demo tenant's own {type} is null");
            Assert.Equal(type, own!["__typename"]!.GetValue<string>());
            Assert.True((await lakeside.GraphQLAsync(ByNode, new { id })).Data()["node"] is null, $"lakeside can read demo's {type}");
        }

        var many = (await lakeside.GraphQLAsync(ByNodes, new { ids = ids.Values.ToArray() })).Data()["nodes"]!.AsArray();
        Assert.Equal(ids.Count, many.Count);
        Assert.All(many, n => Assert.Null(n));
    }

    private static async Task<Dictionary<string, string>> DemoIdsByTypeAsync(HttpClient demo)
    {
        var data = (await demo.GraphQLAsync(OneOfEach)).Data();
        var ids = new Dictionary<string, string> { ["Tenant"] = data["me"]!["tenant"]!["id"]!.GetValue<string>() };
        void First(string type, JsonNode? list)
        {
            if (list?.AsArray().FirstOrDefault() is { } node) ids[type] = node["id"]!.GetValue<string>();
        }
        foreach (var (type, field) in new[]
        {
            ("Provider", "providers"), ("Facility", "facilities"), ("Payer", "payers"), ("FeeSchedule", "feeSchedules"),
            ("Patient", "patients"), ("Coverage", "coverages"), ("Encounter", "encounters"), ("Claim", "claims"),
            ("Denial", "denials"), ("Remittance", "remittances"), ("ClaimPayment", "claimPayments"), ("PatientPayment", "payments"),
            ("AuditEvent", "auditEvents"),
        })
            First(type, data[field]!["nodes"]);
        var patient = data["patients"]!["nodes"]![0]!;
        First("LedgerEntry", patient["ledger"]);
        First("Statement", patient["statements"]);
        return ids;
    }
}

public sealed class NodeIsolationTestsOnSqlite(SqliteApi api) : NodeIsolationTests(api.Host), IClassFixture<SqliteApi>;

[Collection(SharedPostgresApi.Name)]
public sealed class NodeIsolationTestsOnPostgres(PostgresApi api) : NodeIsolationTests(api.Host);
