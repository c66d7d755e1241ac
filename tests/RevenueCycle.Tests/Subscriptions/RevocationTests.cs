using System.Net;
using System.Text.Json.Nodes;
using RevenueCycle.Identity;
using RevenueCycle.Infrastructure;
using RevenueCycle.Seeding;

namespace RevenueCycle.Subscriptions;

/// <summary>
/// A revoked token, a removed role or a deactivated user ends a running subscription on both transports soon
/// (the periodic re-check, here every 200 ms), not only when the token expires. Real tokens from /connect/token
/// and the sign-in flow, real admin mutations, real WebSocket and SSE.
/// </summary>
public sealed class RevocationTests(QuickRecheckApi api) : IClassFixture<QuickRecheckApi>
{
    private const string ClaimSubscription = "subscription { claimStatusChanged { status } }";

    private ApiHost Host => api.Host;

    [Fact]
    public async Task A_token_revoked_at_connect_revoke_ends_its_subscriptions()
    {
        using var anonymous = Host.Anonymous();
        var token = await anonymous.ClientTokenAsync();
        await using var socket = await WsTestClient.ConnectWithTokenAsync(Host, token);
        await socket.SubscribeAndWaitAsync(Host, "s", ClaimSubscription);
        using var sse = await SseTestStream.SubscribeAsync(Host, ClaimSubscription, ("Authorization", "Bearer " + token));
        // The token works: an event arrives.
        await Host.Services.ChangeClaimStatusAsync();
        Assert.Equal("next", (await socket.ReceiveAsync())["type"]!.GetValue<string>());

        using var revoke = await anonymous.PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = token, ["token_type_hint"] = "access_token",
            ["client_id"] = IdentitySeeder.IntegrationClientId("demo"), ["client_secret"] = IdentitySeeder.IntegrationSecret("demo"),
        }));
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);

        // No further event is needed: the periodic re-check ends both.
        Assert.Equal((4403, "Forbidden: token revoked"), await socket.ReceiveCloseAsync());
        var body = await sse.ReadToEndAsync();
        Assert.Contains("Credentials no longer valid (token revoked)", body);
        Assert.Contains("AUTH_NOT_AUTHENTICATED", body);
        Assert.EndsWith("event: complete\ndata: \n\n", body);
    }

    [Fact]
    public async Task Removing_the_billing_role_ends_the_claim_subscription_but_not_the_connection()
    {
        var (userId, token) = await SignedInUserAsync("sub-role@demo.test", "BILLER", "FRONT_DESK");
        await using var socket = await WsTestClient.ConnectWithTokenAsync(Host, token);
        await socket.SubscribeAndWaitAsync(Host, "claims", ClaimSubscription);
        // FRONT_DESK may still see encounters: that subscription, and the connection, stay.
        await socket.SubscribeAndWaitAsync(Host, "encounters", "subscription { encounterStatusChanged { status } }");
        using var sse = await SseTestStream.SubscribeAsync(Host, ClaimSubscription, ("Authorization", "Bearer " + token));
        // Still allowed after several re-checks: the user's stored roles are read and kept.
        await Task.Delay(500);
        await Host.Services.ChangeClaimStatusAsync();
        var delivered = await socket.ReceiveAsync();
        Assert.Equal(("next", "claims"), (delivered["type"]!.GetValue<string>(), delivered["id"]!.GetValue<string>()));

        var removed = await AdminAsync("mutation($input: UserRoleInput!) { removeUserRole(input: $input) { user { roles } } }", new { userId, role = "BILLER" });
        Assert.Equal(["FRONT_DESK"], removed["removeUserRole"]!["user"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));

        var error = await socket.ReceiveAsync();
        Assert.Equal("error", error["type"]!.GetValue<string>());
        Assert.Equal("claims", error["id"]!.GetValue<string>());
        Assert.Equal("AUTH_NOT_AUTHORIZED", error["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
        await socket.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await socket.ReceiveAsync())["type"]!.GetValue<string>());

        var body = await sse.ReadToEndAsync();
        Assert.Contains("AUTH_NOT_AUTHORIZED", body);
        Assert.Single(body.Split("\"claimStatusChanged\"").Skip(1)); // the one event before the removal
        Assert.EndsWith("event: complete\ndata: \n\n", body);
    }

    [Fact]
    public async Task Deactivating_the_user_ends_their_subscriptions()
    {
        var (userId, token) = await SignedInUserAsync("sub-deactivated@demo.test", "BILLER");
        await using var socket = await WsTestClient.ConnectWithTokenAsync(Host, token);
        await socket.SubscribeAndWaitAsync(Host, "s", ClaimSubscription);
        using var sse = await SseTestStream.SubscribeAsync(Host, ClaimSubscription, ("Authorization", "Bearer " + token));
        await Host.Services.ChangeClaimStatusAsync();
        Assert.Equal("next", (await socket.ReceiveAsync())["type"]!.GetValue<string>());

        var deactivated = await AdminAsync("mutation($input: UserIdInput!) { deactivateUser(input: $input) { user { isActive } } }", new { userId });
        Assert.False(deactivated["deactivateUser"]!["user"]!["isActive"]!.GetValue<bool>());

        var (code, reason) = await socket.ReceiveCloseAsync();
        Assert.Equal(4403, code);
        Assert.StartsWith("Forbidden: ", reason);
        var body = await sse.ReadToEndAsync();
        Assert.Contains("AUTH_NOT_AUTHENTICATED", body);
        Assert.EndsWith("event: complete\ndata: \n\n", body);
    }

    /// <summary>A user the tenant admin creates, signed in through the authorization code flow: their global ID and access token.</summary>
    private async Task<(string UserId, string AccessToken)> SignedInUserAsync(string email, params string[] roles)
    {
        const string Password = "Subscriber-Pass-1";
        var created = await AdminAsync("mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } errors { __typename } } }",
            new { email, password = Password, roles });
        var userId = created["createUser"]!["user"]!["id"]!.GetValue<string>();

        using var browser = OAuth.Browser(new Uri($"http://127.0.0.1:{Host.Port}"));
        var (verifier, challenge) = OAuth.Pkce();
        var callback = await OAuth.SignInAndAuthorizeAsync(browser, email, Password, challenge, "s");
        var tokens = await OAuth.RedeemCodeAsync(browser, callback["code"], verifier);
        return (userId, tokens["access_token"]!.GetValue<string>());
    }

    private async Task<JsonNode> AdminAsync(string mutation, object input)
    {
        using var admin = Host.As("admin@demo.test", "demo", Roles.TenantAdmin);
        return (await admin.GraphQLAsync(mutation, new { input })).Data();
    }
}

/// <summary>With the timer out of the way and no cached check, a delivery itself notices the revocation and sends nothing.</summary>
public sealed class RecheckAtDeliveryTests(RecheckAtDeliveryApi api) : IClassFixture<RecheckAtDeliveryApi>
{
    [Fact]
    public async Task An_event_after_the_revocation_is_not_delivered_and_ends_the_connection()
    {
        var host = api.Host;
        using var anonymous = host.Anonymous();
        var token = await anonymous.ClientTokenAsync();
        await using var socket = await WsTestClient.ConnectWithTokenAsync(host, token);
        await socket.SubscribeAndWaitAsync(host, "s", "subscription { claimStatusChanged { status } }");
        await host.Services.ChangeClaimStatusAsync();
        Assert.Equal("next", (await socket.ReceiveAsync())["type"]!.GetValue<string>());

        using var revoke = await anonymous.PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = token, ["token_type_hint"] = "access_token",
            ["client_id"] = IdentitySeeder.IntegrationClientId("demo"), ["client_secret"] = IdentitySeeder.IntegrationSecret("demo"),
        }));
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        await host.Services.ChangeClaimStatusAsync();

        // The close comes first: no `next` for the event after the revocation.
        Assert.Null(await socket.TryReceiveAsync(WsTestClient.Timeout));
        Assert.Equal(4403, (int?)socket.Socket.CloseStatus);
        Assert.Equal("Forbidden: token revoked", socket.Socket.CloseStatusDescription);
    }
}
