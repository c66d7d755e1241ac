using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Claims;
using RevenueCycle.Events;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.Infrastructure;

namespace RevenueCycle.Subscriptions;

/// <summary>graphql-transport-ws on the real server, with a raw ClientWebSocket: deliveries, scoping, and every misuse close code.</summary>
public sealed class GraphQLWebSocketTests(SubscriptionApi api) : IClassFixture<SubscriptionApi>
{
    public const string ClaimStatusSubscription = """
        subscription($claimId: ID, $statuses: [ClaimStatus!]) {
          claimStatusChanged(claimId: $claimId, statuses: $statuses) {
            claimId previousStatus status actor at reason
            claim { id number status }
          }
        }
        """;

    private const string Biller = "bob; tenant=demo; roles=BILLER";

    private ApiHost Host => api.Host;

    [Fact]
    public async Task A_committed_claim_status_change_arrives_with_the_claim_loaded()
    {
        await using var client = await WsTestClient.ConnectAsAsync(Host, Biller);
        await SubscribeAndWaitAsync(client, "s1", ClaimStatusSubscription);

        var change = await Host.Services.ChangeClaimStatusAsync();

        var next = await client.ReceiveAsync();
        Assert.Equal("next", next["type"]!.GetValue<string>());
        Assert.Equal("s1", next["id"]!.GetValue<string>());
        var payload = next["payload"]!["data"]!["claimStatusChanged"]!;
        Assert.Equal(GlobalId.Encode("Claim", change.ClaimId), payload["claimId"]!.GetValue<string>());
        Assert.Equal(change.Status.ToString().ToUpperInvariant(), payload["status"]!.GetValue<string>());
        Assert.Equal(change.PreviousStatus.ToString()!.ToUpperInvariant(), payload["previousStatus"]!.GetValue<string>());
        Assert.Equal(WorkflowWrites.Actor, payload["actor"]!.GetValue<string>());
        Assert.Equal("test", payload["reason"]!.GetValue<string>());
        Assert.Equal(change.Number, payload["claim"]!["number"]!.GetValue<string>());
        Assert.Equal(payload["status"]!.GetValue<string>(), payload["claim"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Events_of_another_tenant_never_arrive()
    {
        await using var lakeside = await WsTestClient.ConnectAsAsync(Host, "lee; tenant=lakeside; roles=BILLER");
        await SubscribeAndWaitAsync(lakeside, "s", ClaimStatusSubscription);

        await Host.Services.ChangeClaimStatusAsync("demo");
        var own = await Host.Services.ChangeClaimStatusAsync("lakeside");

        // The first event lakeside sees is its own, and its claim is one of its own claims.
        var payload = (await lakeside.ReceiveAsync())["payload"]!["data"]!["claimStatusChanged"]!;
        Assert.Equal(GlobalId.Encode("Claim", own.ClaimId), payload["claimId"]!.GetValue<string>());
        Assert.StartsWith("LAKE", payload["claim"]!["number"]!.GetValue<string>());
    }

    [Fact]
    public async Task Arguments_narrow_to_one_claim_and_some_statuses()
    {
        await using var client = await WsTestClient.ConnectAsAsync(Host, Biller);
        Guid claimId;
        await using (var scope = Host.Services.CreateAsyncScope())
            claimId = (await (await scope.EnterAsync()).FirstClaimAsync()).Id;
        await SubscribeAndWaitAsync(client, "s", ClaimStatusSubscription,
            new { claimId = GlobalId.Encode("Claim", claimId), statuses = new[] { "DENIED" } });

        await Host.Services.ChangeClaimStatusAsync(claimId: claimId, to: ClaimStatus.Appealed);
        var denied = await Host.Services.ChangeClaimStatusAsync(claimId: claimId, to: ClaimStatus.Denied);

        var payload = (await client.ReceiveAsync())["payload"]!["data"]!["claimStatusChanged"]!;
        Assert.Equal("DENIED", payload["status"]!.GetValue<string>());
        Assert.Equal("APPEALED", payload["previousStatus"]!.GetValue<string>());
        Assert.Equal(denied.ClaimId, GlobalId.TryDecode(payload["claimId"]!.GetValue<string>(), "Claim"));
    }

    [Fact]
    public async Task A_role_that_may_not_read_claims_gets_an_error_message()
    {
        await using var client = await WsTestClient.ConnectAsAsync(Host, "fran; tenant=demo; roles=FRONT_DESK");
        await client.SubscribeAsync("s", ClaimStatusSubscription);

        var error = await client.ReceiveAsync();
        Assert.Equal("error", error["type"]!.GetValue<string>());
        Assert.Equal("s", error["id"]!.GetValue<string>());
        Assert.Equal("AUTH_NOT_AUTHORIZED", error["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_anonymous_connection_may_not_subscribe()
    {
        await using var client = await WsTestClient.ConnectAsync(Host);
        await client.SendAsync(new { type = "connection_init" });
        Assert.Equal("connection_ack", (await client.ReceiveAsync())["type"]!.GetValue<string>());
        await client.SubscribeAsync("s", ClaimStatusSubscription);

        var error = await client.ReceiveAsync();
        Assert.Equal("error", error["type"]!.GetValue<string>());
        Assert.Equal("AUTH_NOT_AUTHENTICATED", error["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_query_answers_one_next_then_complete()
    {
        await using var client = await WsTestClient.ConnectAsAsync(Host, Biller);
        await client.SubscribeAsync("q", "{ me { actor } claims(first: 1) { totalCount } }");

        var next = await client.ReceiveAsync();
        Assert.Equal("next", next["type"]!.GetValue<string>());
        Assert.Equal("bob", next["payload"]!["data"]!["me"]!["actor"]!.GetValue<string>());
        var complete = await client.ReceiveAsync();
        Assert.Equal("complete", complete["type"]!.GetValue<string>());
        Assert.Equal("q", complete["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Ping_is_answered_with_pong_and_complete_stops_the_subscription()
    {
        await using var client = await WsTestClient.ConnectAsAsync(Host, Biller);
        await SubscribeAndWaitAsync(client, "s", ClaimStatusSubscription);
        var hub = Host.Services.GetRequiredService<EventHub>();
        var before = hub.Count;

        await client.SendAsync(new { id = "s", type = "complete" });
        await WaitUntilAsync(() => hub.Count < before);
        await Host.Services.ChangeClaimStatusAsync();
        await client.SendAsync(new { type = "ping" });

        Assert.Equal("pong", (await client.ReceiveAsync())["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_socket_without_the_subprotocol_is_closed_4406()
    {
        await using var client = await WsTestClient.ConnectAsync(Host, subProtocol: null);
        Assert.Equal(4406, (await client.ReceiveCloseAsync()).Code);
    }

    [Fact]
    public async Task No_connection_init_in_time_is_closed_4408()
    {
        await using var client = await WsTestClient.ConnectAsync(Host);
        var (code, reason) = await client.ReceiveCloseAsync();
        Assert.Equal(4408, code);
        Assert.Equal("Connection initialisation timeout", reason);
    }

    [Fact]
    public async Task A_second_connection_init_is_closed_4429()
    {
        await using var client = await WsTestClient.ConnectAsAsync(Host, Biller);
        await client.SendAsync(new { type = "connection_init" });
        Assert.Equal(4429, (await client.ReceiveCloseAsync()).Code);
    }

    [Fact]
    public async Task Subscribe_before_the_ack_is_closed_4401()
    {
        await using var client = await WsTestClient.ConnectAsync(Host);
        await client.SubscribeAsync("s", "{ __typename }");
        Assert.Equal(4401, (await client.ReceiveCloseAsync()).Code);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"type":"bogus"}""")]
    [InlineData("""{"id":"1","payload":{}}""")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"query":5}}""")]
    [InlineData("""{"type":"subscribe","payload":{"query":"{ __typename }"}}""")]
    public async Task An_invalid_message_is_closed_4400(string message)
    {
        await using var client = await WsTestClient.ConnectAsAsync(Host, Biller);
        await client.SendTextAsync(message);
        var (code, reason) = await client.ReceiveCloseAsync();
        Assert.Equal(4400, code);
        Assert.StartsWith("Invalid message", reason);
    }

    [Fact]
    public async Task A_second_subscriber_with_the_same_id_is_closed_4409()
    {
        await using var client = await WsTestClient.ConnectAsAsync(Host, Biller);
        await SubscribeAndWaitAsync(client, "dup", ClaimStatusSubscription);
        await client.SubscribeAsync("dup", ClaimStatusSubscription);
        var (code, reason) = await client.ReceiveCloseAsync();
        Assert.Equal(4409, code);
        Assert.Equal("Subscriber for dup already exists", reason);
    }

    [Theory]
    [InlineData("X-Dev-User", "mallory; tenant=nowhere; roles=BILLER")]
    [InlineData("Authorization", "Bearer not-a-token")]
    public async Task Credentials_that_are_not_accepted_are_closed_4403(string header, string value)
    {
        await using var client = await WsTestClient.ConnectAsync(Host);
        await client.SendAsync(new { type = "connection_init", payload = new Dictionary<string, string> { [header] = value } });
        Assert.Equal(4403, (await client.ReceiveCloseAsync()).Code);
    }

    [Fact]
    public async Task An_expired_token_is_closed_4403()
    {
        var expired = FixedClock.Default.AddMinutes(-1).ToUnixTimeSeconds();
        await using var client = await WsTestClient.ConnectAsync(Host);
        await client.SendAsync(new { type = "connection_init", payload = new Dictionary<string, string> { ["X-Dev-User"] = $"bob; tenant=demo; roles=BILLER; expires={expired}" } });
        var (code, reason) = await client.ReceiveCloseAsync();
        Assert.Equal(4403, code);
        Assert.Equal("Forbidden: token expired", reason);
    }

    private Task SubscribeAndWaitAsync(WsTestClient client, string id, string query, object? variables = null) =>
        client.SubscribeAndWaitAsync(Host, id, query, variables);

    private static Task WaitUntilAsync(Func<bool> condition) => WsTestClient.WaitUntilAsync(condition);
}
