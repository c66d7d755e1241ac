using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Claims;
using RevenueCycle.Events;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.Infrastructure;

namespace RevenueCycle.Subscriptions;

/// <summary>
/// A real GraphQL mutation over HTTP reaches a WebSocket and an SSE subscriber with what happened (previous and new
/// status, actor, reason); a mutation refused with a typed error publishes nothing.
/// </summary>
public sealed class MutationEventTests(SubscriptionApi api) : IClassFixture<SubscriptionApi>
{
    private static string Subscription(string claimId) =>
        $"subscription {{ claimStatusChanged(claimId: \"{claimId}\") {{ previousStatus status actor reason claim {{ number status }} }} }}";
    private const string Reopen =
        "mutation($input: ReopenClaimInput!) { reopenClaim(input: $input) { claim { status } errors { __typename ... on InvalidTransitionError { from to } } } }";

    [Fact]
    public async Task A_mutation_reaches_both_transports_and_a_refused_one_publishes_nothing()
    {
        var host = api.Host;
        // A READY claim to reopen (written directly, before anyone subscribes).
        var claim = await FirstClaimAsync(host);
        await host.Services.ChangeClaimStatusAsync(claimId: claim.Id, to: ClaimStatus.Ready);
        var claimId = GlobalId.Encode("Claim", claim.Id);

        await using var socket = await WsTestClient.ConnectAsAsync(host, "bob; tenant=demo; roles=BILLER");
        await socket.SubscribeAndWaitAsync(host, "s", Subscription(claimId));
        using var sse = await SseTestStream.SubscribeAsync(host, Subscription(claimId), ("X-Dev-User", "sue; tenant=demo; roles=CODER"));

        using var biller = host.As("carol", "demo", "BILLER");
        var reopened = (await biller.GraphQLAsync(Reopen, new { input = new { claimId, reason = "Wrong modifier on line 1" } })).Data()["reopenClaim"]!;
        Assert.Null(reopened["errors"]);
        Assert.Equal("DRAFT", reopened["claim"]!["status"]!.GetValue<string>());

        var expected = new JsonObject
        {
            ["previousStatus"] = "READY", ["status"] = "DRAFT", ["actor"] = "carol", ["reason"] = "Wrong modifier on line 1",
            ["claim"] = new JsonObject { ["number"] = claim.Number, ["status"] = "DRAFT" },
        };
        var next = await socket.ReceiveAsync();
        Assert.Equal("next", next["type"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(expected, next["payload"]!["data"]!["claimStatusChanged"]), next.ToJsonString());
        var (name, data) = await sse.ReadEventAsync();
        Assert.Equal("next", name);
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(data)!["data"]!["claimStatusChanged"]), data);

        // Reopening a DRAFT claim is refused with a typed error: nothing changes, no event is stored or sent.
        var outboxBefore = await OutboxCountAsync(host);
        var refused = (await biller.GraphQLAsync(Reopen, new { input = new { claimId, reason = "again" } })).Data()["reopenClaim"]!;
        Assert.Equal("InvalidTransitionError", refused["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Equal(outboxBefore, await OutboxCountAsync(host));

        // The next event either subscriber sees is a later change, not the refused one.
        var marker = await host.Services.ChangeClaimStatusAsync(claimId: claim.Id, to: ClaimStatus.Ready);
        next = await socket.ReceiveAsync();
        Assert.Equal(WorkflowWrites.Actor, next["payload"]!["data"]!["claimStatusChanged"]!["actor"]!.GetValue<string>());
        Assert.Equal("DRAFT", next["payload"]!["data"]!["claimStatusChanged"]!["previousStatus"]!.GetValue<string>());
        (_, data) = await sse.ReadEventAsync();
        Assert.Equal(WorkflowWrites.Actor, JsonNode.Parse(data)!["data"]!["claimStatusChanged"]!["actor"]!.GetValue<string>());
        Assert.Equal(ClaimStatus.Ready, marker.Status);
    }

    private static async Task<Claim> FirstClaimAsync(ApiHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await (await scope.EnterAsync()).FirstClaimAsync();
    }

    private static async Task<int> OutboxCountAsync(ApiHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await (await scope.EnterAsync()).Set<OutboxMessage>().CountAsync();
    }
}
