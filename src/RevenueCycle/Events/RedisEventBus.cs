using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace RevenueCycle.Events;

/// <summary>
/// Redis pub/sub between API instances. Local subscribers get every event straight from the in-process hub
/// first, so they never depend on Redis. While Redis is away the instance keeps serving, logs it, and
/// StackExchange.Redis reconnects in the background (AbortOnConnectFail=false); events that could not be sent
/// stay unpublished in the outbox and the re-publisher sends them once Redis is back. Redis pub/sub keeps
/// nothing for a disconnected listener, which is why the outbox, not Redis, is what makes delivery at-least-once.
/// </summary>
public sealed class RedisEventBus(EventHub hub, IOptions<RedisOptions> options, ILogger<RedisEventBus> logger) : IEventBus, IHostedService, IAsyncDisposable
{
    /// <summary>Tells our own messages apart when Redis echoes them back to us.</summary>
    private readonly Guid _instance = Guid.NewGuid();
    private readonly RedisChannel _channel = RedisChannel.Literal(options.Value.Channel);
    private readonly CancellationTokenSource _stopping = new();
    private ConnectionMultiplexer? _redis;
    private Task _connecting = Task.CompletedTask;
    private volatile bool _subscribed;
    private int _disposed;

    /// <summary>Connected and listening to the other instances.</summary>
    public bool IsReady => _subscribed && _redis?.IsConnected == true;

    public async Task PublishAsync(EventEnvelope envelope, CancellationToken cancellationToken)
    {
        hub.Deliver(envelope);
        var redis = _redis;
        if (redis is null || !redis.IsConnected)
            throw new RedisConnectionException(ConnectionFailureType.UnableToConnect, "Redis is not connected; the event was delivered locally only.");
        var message = JsonSerializer.Serialize(new Message(_instance, envelope), WorkflowEvent.Json);
        await redis.GetSubscriber().PublishAsync(_channel, message);
    }

    /// <summary>Connects in the background, so an instance starts (and serves) even while Redis is down.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _connecting = Task.Run(ConnectAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    private async Task ConnectAsync()
    {
        var retry = TimeSpan.FromMilliseconds(Math.Max(50, options.Value.ReconnectMilliseconds));
        try
        {
            var configuration = ConfigurationOptions.Parse(options.Value.ConnectionString!);
            configuration.AbortOnConnectFail = false;
            configuration.ReconnectRetryPolicy = new LinearRetry((int)retry.TotalMilliseconds);
            configuration.ClientName ??= "revenuecycle-api";
            var redis = await ConnectionMultiplexer.ConnectAsync(configuration);
            redis.ConnectionFailed += (_, e) => logger.LogWarning(
                "Redis connection lost ({Failure}): events reach this instance's subscribers only until it is back", e.FailureType);
            redis.ConnectionRestored += (_, _) => logger.LogInformation("Redis connection restored: cross-instance events resume");
            if (!redis.IsConnected) logger.LogWarning("Redis is not reachable yet; serving local subscribers and retrying");
            _redis = redis;

            // Once subscribed, the multiplexer renews the subscription after every reconnect; until then, keep trying.
            while (!_stopping.IsCancellationRequested)
            {
                try
                {
                    await redis.GetSubscriber().SubscribeAsync(_channel, (_, value) => Receive(value));
                    _subscribed = true;
                    return;
                }
                catch (Exception e) when (e is RedisException or TimeoutException)
                {
                    logger.LogDebug(e, "Subscribing to the Redis event channel failed; retrying");
                    await Task.Delay(retry, _stopping.Token);
                }
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogError(e, "Could not set up the Redis event bus; events stay on this instance");
        }
    }

    private void Receive(RedisValue value)
    {
        try
        {
            var message = JsonSerializer.Deserialize<Message>(value.ToString(), WorkflowEvent.Json);
            if (message is null || message.Origin == _instance) return;
            hub.Deliver(message.Envelope);
        }
        catch (JsonException e)
        {
            logger.LogWarning(e, "Ignored a malformed message on the Redis event channel");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _disposed) == 0) _stopping.Cancel();
        return Task.CompletedTask;
    }

    // The container disposes it once per registration (the bus, IEventBus, the hosted service): only the first counts.
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        _stopping.Cancel();
        await _connecting;
        if (_redis is not null) await _redis.DisposeAsync();
    }

    private sealed record Message(Guid Origin, EventEnvelope Envelope);
}
