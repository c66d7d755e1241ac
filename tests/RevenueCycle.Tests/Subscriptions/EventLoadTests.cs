using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Claims;
using RevenueCycle.GraphQL.Subscriptions;
using RevenueCycle.Infrastructure;
using RevenueCycle.Seeding;

namespace RevenueCycle.Subscriptions;

/// <summary>The claim an event points at is loaded once per event for all its subscribers, and never across tenants.</summary>
public sealed class EventLoadTests(QuietOutboxApi api) : IClassFixture<QuietOutboxApi>
{
    private const string Subscription = "subscription { claimStatusChanged { status claim { number status } } }";

    [Fact]
    public async Task Five_subscribers_cost_the_same_claim_queries_as_one()
    {
        var host = api.Host;
        host.SqlCommands.Matching = "FROM \"Claims\"";
        var sockets = new List<WsTestClient>();
        try
        {
            sockets.Add(await WsTestClient.ConnectAsAsync(host, "bob; tenant=demo; roles=BILLER"));
            await sockets[0].SubscribeAndWaitAsync(host, "s", Subscription);
            var one = await ClaimQueriesForOneEventAsync();

            for (var i = 1; i < 5; i++)
            {
                sockets.Add(await WsTestClient.ConnectAsAsync(host, $"user{i}; tenant=demo; roles=BILLER"));
                await sockets[i].SubscribeAndWaitAsync(host, "s", Subscription);
            }
            var five = await ClaimQueriesForOneEventAsync();

            // The write reads the claim once and the deliveries load it once, however many subscribers there are
            // (one query per subscriber would make it 2 + 4).
            Assert.Equal(2, one);
            Assert.Equal(one, five);
        }
        finally
        {
            foreach (var socket in sockets) await socket.DisposeAsync();
        }

        async Task<int> ClaimQueriesForOneEventAsync()
        {
            var before = host.SqlCommands.MatchingCount;
            var change = await host.Services.ChangeClaimStatusAsync();
            foreach (var socket in sockets)
            {
                var next = await socket.ReceiveAsync();
                Assert.Equal(change.Number, next["payload"]!["data"]!["claimStatusChanged"]!["claim"]!["number"]!.GetValue<string>());
                Assert.Equal(change.Status.ToString().ToUpperInvariant(), next["payload"]!["data"]!["claimStatusChanged"]!["claim"]!["status"]!.GetValue<string>());
            }
            return host.SqlCommands.MatchingCount - before;
        }
    }

    [Fact]
    public async Task Two_tenants_subscribers_never_share_a_loaded_claim()
    {
        var services = api.Host.Services;
        var loads = services.GetRequiredService<EventLoads>();
        var (demo, demoClaim) = await FirstClaimAsync(DemoSeeder.DemoTenant);
        var (lakeside, lakesideClaim) = await FirstClaimAsync(DemoSeeder.SecondTenant);
        var demoEvent = new ClaimStatusChanged(demoClaim.Id, demoClaim.Number, null, demoClaim.Status, "test", DateTime.UtcNow, null);

        // Within a tenant, one event's subscribers get the very same object.
        var first = await loads.LoadAsync<Claim>(demoEvent, demo, demoClaim.Id);
        Assert.NotNull(first);
        Assert.Same(first, await loads.LoadAsync<Claim>(demoEvent, demo, demoClaim.Id));
        // Another tenant asking for the same event and claim gets its own load through its own tenant filter:
        // nothing, not the cached demo claim.
        Assert.Null(await loads.LoadAsync<Claim>(demoEvent, lakeside, demoClaim.Id));
        // And the other way round, for a claim of the second tenant.
        var lakesideEvent = new ClaimStatusChanged(lakesideClaim.Id, lakesideClaim.Number, null, lakesideClaim.Status, "test", DateTime.UtcNow, null);
        Assert.Equal(lakesideClaim.Number, (await loads.LoadAsync<Claim>(lakesideEvent, lakeside, lakesideClaim.Id))?.Number);
        Assert.Null(await loads.LoadAsync<Claim>(lakesideEvent, demo, lakesideClaim.Id));
        // A new event loads afresh (the claim as it is then), rather than reusing an older event's object.
        var later = demoEvent with { At = DateTime.UtcNow.AddSeconds(1) };
        Assert.NotSame(first, await loads.LoadAsync<Claim>(later, demo, demoClaim.Id));

        async Task<(Guid TenantId, Claim Claim)> FirstClaimAsync(string tenant)
        {
            await using var scope = services.CreateAsyncScope();
            var db = await scope.EnterAsync(tenant);
            var tenantId = await db.Tenants.Where(t => t.Slug == tenant).Select(t => t.Id).SingleAsync();
            return (tenantId, await db.FirstClaimAsync());
        }
    }
}
