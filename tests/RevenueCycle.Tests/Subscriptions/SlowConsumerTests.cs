using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Events;
using RevenueCycle.Imports;

namespace RevenueCycle.Subscriptions;

/// <summary>A client that stops reading is closed (1013, with the reason) once its bounded buffer fills; others carry on.</summary>
public sealed class SlowConsumerTests(TinyBufferApi api) : IClassFixture<TinyBufferApi>
{
    private const string Progress = "subscription { importProgress { processed message } }";
    private const int Events = 400;

    [Fact]
    public async Task A_client_that_stops_reading_is_closed_1013_while_a_reading_client_gets_every_event()
    {
        const string biller = "bob; tenant=demo; roles=BILLER";
        await using var slow = await WsTestClient.ConnectAsAsync(api.Host, biller);
        await using var fast = await WsTestClient.ConnectAsAsync(api.Host, biller);
        await slow.SubscribeAndWaitAsync(api.Host, "p", Progress);
        await fast.SubscribeAndWaitAsync(api.Host, "p", Progress);

        var fastReceived = Task.Run(async () =>
        {
            var last = -1;
            while (last < Events - 1)
                last = (await fast.ReceiveAsync())["payload"]!["data"]!["importProgress"]!["processed"]!.GetValue<int>();
            return last;
        });

        // 64 KB per event and 400 events: more than the kernel's socket buffers hold for a client that does not read.
        var hub = api.Host.Services.GetRequiredService<EventHub>();
        Guid tenantId;
        await using (var scope = api.Host.Services.CreateAsyncScope())
            tenantId = (await scope.EnterAsync()).CurrentTenantId;
        var job = Guid.NewGuid();
        var text = new string('x', 64 * 1024);
        for (var i = 0; i < Events; i++)
        {
            var progress = new ImportProgress(job, i, Events, ImportState.Running, DateTime.UtcNow, text);
            hub.Deliver(new EventEnvelope(Guid.NewGuid(), tenantId, progress.TypeName, progress.ToJson(), progress.At));
            if (i % 2 == 1) await Task.Delay(5); // a steady stream the reading client keeps up with
        }

        Assert.Equal(Events - 1, await fastReceived.WaitAsync(TimeSpan.FromSeconds(60)));
        // The slow client reads again: what the kernel held, then the close frame with the reason.
        var (code, reason) = await slow.ReceiveCloseAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(1013, code);
        Assert.StartsWith("Slow consumer", reason);
    }
}
