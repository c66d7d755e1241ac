using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Data;
using RevenueCycle.Events;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.Infrastructure;

namespace RevenueCycle.Subscriptions;

/// <summary>Two API instances on one database and a real redis-server between them.</summary>
public sealed class TwoInstances : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"revenuecycle-test-{Guid.NewGuid():N}.db");

    public RedisServer Redis { get; private set; } = null!;
    public ApiHost One { get; private set; } = null!;
    public ApiHost Two { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Redis = await RedisServer.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Redis:ConnectionString"] = Redis.ConnectionString,
            ["Redis:ReconnectMilliseconds"] = "200",
            ["Outbox:RepublishIntervalMilliseconds"] = "200",
        };
        One = new ApiHost(DatabaseProvider.Sqlite, $"Data Source={_file};Pooling=false", kestrel: true, settings: settings);
        Two = new ApiHost(DatabaseProvider.Sqlite, $"Data Source={_file};Pooling=false", kestrel: true, settings: settings);
        await WaitReadyAsync();
    }

    /// <summary>Until both instances are connected to Redis and listening.</summary>
    public Task WaitReadyAsync() => WsTestClient.WaitUntilAsync(() => Bus(One).IsReady && Bus(Two).IsReady, TimeSpan.FromSeconds(30));

    public static RedisEventBus Bus(ApiHost host) => host.Services.GetRequiredService<RedisEventBus>();

    public async Task DisposeAsync()
    {
        try
        {
            await One.DisposeAsync();
            await Two.DisposeAsync();
        }
        finally
        {
            await Redis.DisposeAsync(); // never leave a redis-server behind, even when a host fails to stop
        }
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }
}

public sealed class RedisBackplaneTests(TwoInstances instances) : IClassFixture<TwoInstances>
{
    private const string Biller = "bob; tenant=demo; roles=BILLER";

    [Fact]
    public async Task An_event_committed_on_one_instance_reaches_a_subscriber_on_the_other()
    {
        await instances.WaitReadyAsync();
        await using var onTwo = await WsTestClient.ConnectAsAsync(instances.Two, Biller);
        await onTwo.SubscribeAndWaitAsync(instances.Two, "s", GraphQLWebSocketTests.ClaimStatusSubscription);

        var change = await instances.One.Services.ChangeClaimStatusAsync();

        var payload = (await onTwo.ReceiveAsync())["payload"]!["data"]!["claimStatusChanged"]!;
        Assert.Equal(GlobalId.Encode("Claim", change.ClaimId), payload["claimId"]!.GetValue<string>());
        Assert.Equal(change.Number, payload["claim"]!["number"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_Redis_instances_serve_locally_and_catch_up_when_it_returns()
    {
        await instances.WaitReadyAsync();
        await using var onOne = await WsTestClient.ConnectAsAsync(instances.One, Biller);
        await using var onTwo = await WsTestClient.ConnectAsAsync(instances.Two, Biller);
        await onOne.SubscribeAndWaitAsync(instances.One, "s", GraphQLWebSocketTests.ClaimStatusSubscription);
        await onTwo.SubscribeAndWaitAsync(instances.Two, "s", GraphQLWebSocketTests.ClaimStatusSubscription);

        await instances.Redis.StopAsync();
        await WsTestClient.WaitUntilAsync(() => !TwoInstances.Bus(instances.One).IsReady, TimeSpan.FromSeconds(30));

        // Queries and local subscriptions carry on.
        var duringOutage = await instances.One.Services.ChangeClaimStatusAsync();
        var local = (await onOne.ReceiveAsync())["payload"]!["data"]!["claimStatusChanged"]!;
        Assert.Equal(GlobalId.Encode("Claim", duringOutage.ClaimId), local["claimId"]!.GetValue<string>());
        using var http = instances.Two.Biller();
        Assert.True((await http.GraphQLAsync("{ claims(first: 1) { totalCount } }")).Data()["claims"]!["totalCount"]!.GetValue<int>() > 0);

        // Redis returns on the same port: the instances reconnect, and the re-publisher sends what could not cross.
        await instances.Redis.StartAgainAsync();
        var remote = (await onTwo.ReceiveAsync(TimeSpan.FromSeconds(45)))["payload"]!["data"]!["claimStatusChanged"]!;
        Assert.Equal(GlobalId.Encode("Claim", duringOutage.ClaimId), remote["claimId"]!.GetValue<string>());
        Assert.Equal(duringOutage.Status.ToString().ToUpperInvariant(), remote["status"]!.GetValue<string>());
        Assert.Equal(duringOutage.PreviousStatus.ToString()!.ToUpperInvariant(), remote["previousStatus"]!.GetValue<string>());

        await instances.WaitReadyAsync();
        var after = await instances.One.Services.ChangeClaimStatusAsync();
        var next = (await onTwo.ReceiveAsync())["payload"]!["data"]!["claimStatusChanged"]!;
        Assert.Equal(after.Status.ToString().ToUpperInvariant(), next["status"]!.GetValue<string>());
    }
}
