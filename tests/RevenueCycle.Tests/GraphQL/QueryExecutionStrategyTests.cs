using System.Text.Json.Nodes;
using RevenueCycle.Infrastructure;

namespace RevenueCycle.GraphQL;

/// <summary>
/// Fields are collected once per selection and type within an execution (<see cref="QueryExecutionStrategy"/>): every
/// object still gets the fields of its own type, and what a request's variables switch on or off is that request's only.
/// </summary>
public sealed class QueryExecutionStrategyTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    [Fact]
    public async Task Objects_of_different_types_in_one_list_get_the_fields_of_their_own_type()
    {
        using var biller = api.Host.Biller();
        var claims = (await biller.GraphQLAsync("{ claims(first: 2) { nodes { id patient { id } } } }")).Data()["claims"]!["nodes"]!.AsArray();
        string[] ids = [(string)claims[0]!["id"]!, (string)claims[0]!["patient"]!["id"]!, (string)claims[1]!["id"]!];

        var nodes = (await biller.GraphQLAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on Claim { number } ... on Patient { mrn } } }",
            new { ids })).Data()["nodes"]!.AsArray();

        Assert.Equal(["Claim", "Patient", "Claim"], nodes.Select(n => (string)n!["__typename"]!));
        Assert.Equal(["__typename", "number"], Keys(nodes[0]));
        Assert.Equal(["__typename", "mrn"], Keys(nodes[1]));
        Assert.Equal(["__typename", "number"], Keys(nodes[2]));
    }

    [Fact]
    public async Task A_field_switched_off_by_one_request_is_there_for_the_next_on_the_same_document()
    {
        const string query = "query($withPatient: Boolean!) { claims(first: 3) { nodes { number patient @include(if: $withPatient) { mrn } } } }";
        using var biller = api.Host.Biller();
        foreach (var withPatient in new[] { true, false, true })
        {
            var nodes = (await biller.GraphQLAsync(query, new { withPatient })).Data()["claims"]!["nodes"]!.AsArray();
            Assert.Equal(3, nodes.Count);
            Assert.All(nodes, n => Assert.Equal(withPatient ? ["number", "patient"] : ["number"], Keys(n)));
        }
    }

    [Fact]
    public async Task A_field_asked_for_twice_merges_its_selections_on_every_object()
    {
        using var biller = api.Host.Biller();
        var nodes = (await biller.GraphQLAsync("{ claims(first: 3) { nodes { patient { mrn } patient { firstName } } } }"))
            .Data()["claims"]!["nodes"]!.AsArray();
        Assert.Equal(3, nodes.Count);
        Assert.All(nodes, n => Assert.Equal(["mrn", "firstName"], Keys(n!["patient"])));
    }

    private static string[] Keys(JsonNode? node) => [.. node!.AsObject().Select(p => p.Key)];
}
