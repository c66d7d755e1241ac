using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using RevenueCycle.Data;
using RevenueCycle.Infrastructure;

namespace RevenueCycle.Transport;

/// <summary>Batched HTTP requests (GraphQL:AllowBatching): each operation sees the writes of the ones before it.</summary>
public sealed class BatchedRequestTests : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"revenuecycle-batch-{Guid.NewGuid():N}.db");
    private ApiHost _host = null!;

    public Task InitializeAsync()
    {
        _host = new ApiHost(DatabaseProvider.Sqlite, $"Data Source={_file};Pooling=false",
            settings: new Dictionary<string, string?> { ["GraphQL:AllowBatching"] = "true" });
        _ = _host.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    [Fact]
    public async Task A_mutation_after_a_query_in_one_batch_answers_with_the_rows_it_wrote()
    {
        using var client = _host.Biller();
        var claim = (await client.GraphQLAsync("{ claims(first: 1, where: { status: { eq: READY } }) { nodes { id } } }"))
            .Data()["claims"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var batch = new JsonArray(
            new JsonObject
            {
                ["query"] = "query($id: ID!) { node(id: $id) { ... on Claim { statusHistory { to } } } }",
                ["variables"] = new JsonObject { ["id"] = claim },
            },
            new JsonObject
            {
                ["query"] = """mutation($id: ID!) { reopenClaim(input: { claimId: $id, reason: "Batch" }) { claim { status statusHistory { to } } errors { __typename } } }""",
                ["variables"] = new JsonObject { ["id"] = claim },
            });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(batch.ToJsonString(), Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();

        var before = results[0]!["data"]!["node"]!["statusHistory"]!.AsArray().Select(h => h!["to"]!.GetValue<string>()).ToList();
        var reopened = results[1]!["data"]!["reopenClaim"]!;
        Assert.True(reopened["errors"] is null || reopened["errors"]!.AsArray().Count == 0, reopened.ToJsonString());
        Assert.Equal("DRAFT", reopened["claim"]!["status"]!.GetValue<string>());
        var after = reopened["claim"]!["statusHistory"]!.AsArray().Select(h => h!["to"]!.GetValue<string>()).ToList();
        Assert.Equal([.. before, "DRAFT"], after);
    }
}
