using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Events;
using RevenueCycle.Infrastructure;
using RevenueCycle.Subscriptions;

namespace RevenueCycle.SubscriptionBenchmarks;

// Delivery latency of claimStatusChanged, from the SaveChanges that commits the change to the `next` message
// read by each WebSocket subscriber, with 1, 100 and 1,000 subscribers: on one instance (in-process bus), and
// across two instances through a throwaway redis-server (written on one, subscribed on the other).
// Usage: dotnet run -c Release --project tests/RevenueCycle.SubscriptionBenchmarks [-- --events 30 --subscribers 1,100,1000]
public static class SubscriptionBenchmark
{
    public static async Task Main(string[] args)
    {
        var events = ArgValue("--events") is { } e ? int.Parse(e) : 30;
        var counts = (ArgValue("--subscribers") ?? "1,100,1000").Split(',').Select(int.Parse).ToArray();
        const string Query = "subscription { claimStatusChanged { status previousStatus actor at claim { number status balance } } }";

        Console.WriteLine($"{Environment.ProcessorCount} logical CPUs, {Environment.OSVersion}, .NET {Environment.Version}; {events} events per run");
        Console.WriteLine("| scenario | subscribers | deliveries | p50 ms | p99 ms | max ms | SaveChanges ms (median) |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        var dbFile = Path.Combine(Path.GetTempPath(), $"revenuecycle-bench-{Guid.NewGuid():N}.db");
        await using var redis = await RedisServer.StartAsync();
        var settings = new Dictionary<string, string?> { ["Redis:ConnectionString"] = redis.ConnectionString };
        try
        {
            await using (var single = new BenchHost(dbFile, []))
            {
                foreach (var n in counts) Report("one instance, in-process", n, await MeasureAsync(single, single, n));
            }
            await using var one = new BenchHost(dbFile, settings);
            await using var two = new BenchHost(dbFile, settings);
            await WaitAsync(() => Ready(one) && Ready(two));
            foreach (var n in counts) Report("two instances via Redis", n, await MeasureAsync(one, two, n));
        }
        finally
        {
            foreach (var file in new[] { dbFile, dbFile + "-wal", dbFile + "-shm" })
                if (File.Exists(file)) File.Delete(file);
        }

        async Task<(List<double> Latencies, List<double> Saves)> MeasureAsync(BenchHost writer, BenchHost reader, int subscribers)
        {
            var hub = reader.Services.GetRequiredService<EventHub>();
            var samples = new ConcurrentBag<double>();
        var saves = new List<double>();
            long sentAt = 0;
            var pending = new CountdownEvent(0);
            var clients = new List<ClientWebSocket>();
            var loops = new List<Task>();
            using var stop = new CancellationTokenSource();

            // Connect and subscribe in batches, so that 1,000 handshakes do not all land in the same instant.
            for (var batch = 0; batch < subscribers; batch += 100)
            {
                var size = Math.Min(100, subscribers - batch);
                var connected = await Task.WhenAll(Enumerable.Range(0, size).Select(_ => SubscribeAsync(reader.WebSocketUri)));
                clients.AddRange(connected);
            }
            await WaitAsync(() => hub.Count >= subscribers);
            foreach (var client in clients)
            {
                loops.Add(Task.Run(async () =>
                {
                    var buffer = new byte[16 * 1024];
                    try
                    {
                        while (!stop.IsCancellationRequested)
                        {
                            WebSocketReceiveResult received;
                            do received = await client.ReceiveAsync(buffer, stop.Token);
                            while (!received.EndOfMessage);
                            if (received.MessageType == WebSocketMessageType.Close) return;
                            samples.Add(Stopwatch.GetElapsedTime(Volatile.Read(ref sentAt)).TotalMilliseconds);
                            if (!pending.IsSet) pending.Signal(); // only `next` messages arrive after the subscribe
                        }
                    }
                    catch (OperationCanceledException)
                    {
                    }
                }));
            }

            for (var i = 0; i < events + 2; i++)
            {
                if (i == 2)
            {
                samples.Clear(); // two warm-up events: JIT, first queries
                saves.Clear();
            }
                pending.Reset(subscribers);
                Volatile.Write(ref sentAt, Stopwatch.GetTimestamp());
                await writer.Services.ChangeClaimStatusAsync();
            saves.Add(Stopwatch.GetElapsedTime(Volatile.Read(ref sentAt)).TotalMilliseconds);
                if (!pending.Wait(TimeSpan.FromSeconds(60))) throw new TimeoutException($"{pending.CurrentCount} of {subscribers} subscribers got nothing.");
            }

            await stop.CancelAsync();
            foreach (var client in clients) client.Abort();
            await Task.WhenAll(loops);
            foreach (var client in clients) client.Dispose();
            await WaitAsync(() => hub.Count == 0);
            return ([.. samples], saves);
        }

        static async Task<ClientWebSocket> SubscribeAsync(Uri uri)
        {
            var socket = new ClientWebSocket();
            socket.Options.AddSubProtocol("graphql-transport-ws");
            await socket.ConnectAsync(uri, CancellationToken.None);
            await SendAsync(socket, new { type = "connection_init", payload = new Dictionary<string, string> { ["X-Dev-User"] = "bench; tenant=demo; roles=BILLER" } });
            var buffer = new byte[4096];
            var ack = await socket.ReceiveAsync(buffer, CancellationToken.None);
            if (!Encoding.UTF8.GetString(buffer, 0, ack.Count).Contains("connection_ack")) throw new InvalidOperationException("No connection_ack.");
            await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = Query } });
            return socket;
        }

        static Task SendAsync(ClientWebSocket socket, object message) =>
            socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

        static bool Ready(BenchHost host) => host.Services.GetRequiredService<RedisEventBus>().IsReady;

        static async Task WaitAsync(Func<bool> condition)
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!condition())
            {
                if (DateTime.UtcNow > deadline) throw new TimeoutException("Timed out waiting.");
                await Task.Delay(20);
            }
        }

        // One Markdown row: deliveries measured, p50/p99/max latency (ms), and the median SaveChanges (write + commit) inside it.
        static void Report(string scenario, int subscribers, (List<double> Latencies, List<double> Saves) run)
        {
            var samples = run.Latencies;
            samples.Sort();
            run.Saves.Sort();
            double Percentile(double p) => samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(p * samples.Count) - 1)];
            Console.WriteLine($"| {scenario} | {subscribers:N0} | {samples.Count:N0} | {Percentile(0.50):F1} | {Percentile(0.99):F1} | {samples[^1]:F1} | {run.Saves[run.Saves.Count / 2]:F1} |");
        }

        string? ArgValue(string name)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
        }
    }
}
