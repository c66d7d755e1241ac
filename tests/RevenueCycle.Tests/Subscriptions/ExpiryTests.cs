using Microsoft.Extensions.DependencyInjection;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using RevenueCycle.Data;
using RevenueCycle.Infrastructure;

namespace RevenueCycle.Subscriptions;

/// <summary>An API whose clock the test moves, so credentials can expire while a subscription is running.</summary>
public sealed class ExpiringApi : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"revenuecycle-test-{Guid.NewGuid():N}.db");

    public ManualClock Clock { get; } = new();
    public ApiHost Host { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Host = new ApiHost(DatabaseProvider.Sqlite, $"Data Source={_file};Pooling=false", kestrel: true, clock: Clock);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }
}

/// <summary>Credentials that expire during a subscription end it at the next delivery, on both transports.</summary>
public sealed class ExpiryTests(ExpiringApi api) : IClassFixture<ExpiringApi>
{
    private const string Subscription = "subscription { claimStatusChanged { status } }";

    [Fact]
    public async Task Credentials_that_expire_end_the_subscription_at_the_next_delivery()
    {
        var expires = api.Clock.GetUtcNow().AddMinutes(5).ToUnixTimeSeconds();
        var user = $"bob; tenant=demo; roles=BILLER; expires={expires}";

        // WebSocket: delivered while valid, closed 4403 once expired.
        await using var socket = await WsTestClient.ConnectAsAsync(api.Host, user);
        await socket.SubscribeAndWaitAsync(api.Host, "s", Subscription);
        await api.Host.Services.ChangeClaimStatusAsync();
        Assert.Equal("next", (await socket.ReceiveAsync())["type"]!.GetValue<string>());

        // SSE: the same credentials as request headers.
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{api.Host.Port}"), Timeout = TimeSpan.FromSeconds(30) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql/stream") { Content = JsonContent.Create(new { query = Subscription }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        request.Headers.Add("X-Dev-User", user);
        var hub = api.Host.Services.GetRequiredService<RevenueCycle.Events.EventHub>();
        var before = hub.Count;
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await WsTestClient.WaitUntilAsync(() => hub.Count > before);

        api.Clock.Advance(TimeSpan.FromMinutes(6));
        await api.Host.Services.ChangeClaimStatusAsync();

        var (code, reason) = await socket.ReceiveCloseAsync();
        Assert.Equal(4403, code);
        Assert.Equal("Forbidden: token expired", reason);
        var body = await response.Content.ReadAsStringAsync().WaitAsync(WsTestClient.Timeout);
        Assert.Contains("AUTH_NOT_AUTHENTICATED", body);
        Assert.EndsWith("event: complete\ndata: \n\n", body);
    }
}
