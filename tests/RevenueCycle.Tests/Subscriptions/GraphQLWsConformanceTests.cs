using System.Text.Json;
using RevenueCycle.Infrastructure;

namespace RevenueCycle.Subscriptions;

/// <summary>
/// The npm package graphql-ws, the reference client of graphql-transport-ws, against the real server: query,
/// validation error, subscription with an event committed meanwhile, complete and resubscribe, keep-alive
/// ping/pong, and refused credentials.
/// </summary>
public sealed class GraphQLWsConformanceTests(SubscriptionApi api) : IClassFixture<SubscriptionApi>
{
    [Fact]
    public async Task The_graphql_ws_client_speaks_the_protocol_with_our_server()
    {
        using var stop = new CancellationTokenSource();
        // graphql-ws has no "subscribed" signal, so keep committing changes until the client has what it waits for.
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await api.Host.Services.ChangeClaimStatusAsync();
                await Task.Delay(250, stop.Token).ContinueWith(_ => { });
            }
        });

        string output;
        try
        {
            output = await ProcessRunner.RunAsync("node",
                [Path.Combine(RepoPaths.Conformance, "graphql-ws-client.mjs"), api.Host.WebSocketUrl, "bob; tenant=demo; roles=BILLER"],
                workingDirectory: RepoPaths.Conformance, timeout: TimeSpan.FromMinutes(1));
        }
        finally
        {
            await stop.CancelAsync();
            await writer;
        }

        var steps = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement).ToDictionary(e => e.GetProperty("step").GetString()!);

        Assert.Equal("bob", steps["query"].GetProperty("result").GetProperty("data").GetProperty("me").GetProperty("actor").GetString());
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", steps["invalid"].GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        var changed = steps["subscription"].GetProperty("result").GetProperty("data").GetProperty("claimStatusChanged");
        Assert.Equal(WorkflowWrites.Actor, changed.GetProperty("actor").GetString());
        // The claim is loaded when the event is delivered; the writer may have moved it on since, so only its identity is stable.
        Assert.StartsWith("DEMO", changed.GetProperty("claim").GetProperty("number").GetString());
        Assert.Equal(JsonValueKind.String, steps["resubscribe"].GetProperty("result").GetProperty("data").GetProperty("claimStatusChanged").GetProperty("status").ValueKind);
        Assert.True(steps["pong"].GetProperty("pongs").GetInt32() > 0, "the server never answered a ping");
        Assert.Equal(4403, steps["forbidden"].GetProperty("code").GetInt32());
    }
}
