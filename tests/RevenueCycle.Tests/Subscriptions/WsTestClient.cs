using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Events;
using RevenueCycle.Infrastructure;

namespace RevenueCycle.Subscriptions;

/// <summary>A raw graphql-transport-ws client on ClientWebSocket: sends exactly what a test says, reads what comes.</summary>
public sealed class WsTestClient : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    private WsTestClient(ClientWebSocket socket) => Socket = socket;

    public ClientWebSocket Socket { get; }

    public static async Task<WsTestClient> ConnectAsync(ApiHost host, string? subProtocol = "graphql-transport-ws")
    {
        var socket = new ClientWebSocket();
        if (subProtocol is not null) socket.Options.AddSubProtocol(subProtocol);
        using var timeout = new CancellationTokenSource(Timeout);
        await socket.ConnectAsync(new Uri(host.WebSocketUrl), timeout.Token);
        return new WsTestClient(socket);
    }

    /// <summary>Connects and initialises as <paramref name="devUser"/> (an X-Dev-User value), expecting connection_ack.</summary>
    public static Task<WsTestClient> ConnectAsAsync(ApiHost host, string devUser) =>
        ConnectWithAsync(host, new Dictionary<string, string> { ["X-Dev-User"] = devUser });

    /// <summary>Connects and initialises with a bearer token, expecting connection_ack.</summary>
    public static Task<WsTestClient> ConnectWithTokenAsync(ApiHost host, string accessToken) =>
        ConnectWithAsync(host, new Dictionary<string, string> { ["Authorization"] = "Bearer " + accessToken });

    private static async Task<WsTestClient> ConnectWithAsync(ApiHost host, Dictionary<string, string> credentials)
    {
        var client = await ConnectAsync(host);
        await client.SendAsync(new { type = "connection_init", payload = credentials });
        var ack = await client.ReceiveAsync();
        Assert.Equal("connection_ack", ack["type"]!.GetValue<string>());
        return client;
    }

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public async Task SendTextAsync(string text)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await Socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, timeout.Token);
    }

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new { id, type = "subscribe", payload = new { query, variables } });

    /// <summary>Subscribes and waits until the server has registered the subscriber (the protocol has no subscribe ack).</summary>
    public async Task SubscribeAndWaitAsync(ApiHost host, string id, string query, object? variables = null)
    {
        var hub = host.Services.GetRequiredService<EventHub>();
        var before = hub.Count;
        await SubscribeAsync(id, query, variables);
        await WaitUntilAsync(() => hub.Count > before);
    }

    public static async Task WaitUntilAsync(Func<bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? Timeout);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The condition did not become true in time.");
            await Task.Delay(20);
        }
    }

    /// <summary>The next message; fails if the socket closes or nothing comes in time.</summary>
    public async Task<JsonObject> ReceiveAsync(TimeSpan? timeout = null)
    {
        var text = await ReceiveTextAsync(timeout ?? Timeout)
            ?? throw new InvalidOperationException($"Closed: {(int?)Socket.CloseStatus} {Socket.CloseStatusDescription}");
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>Null when nothing arrives within <paramref name="wait"/> (the socket is unusable afterwards only if it closed).</summary>
    public async Task<JsonObject?> TryReceiveAsync(TimeSpan wait)
    {
        try
        {
            var text = await ReceiveTextAsync(wait);
            return text is null ? null : JsonNode.Parse(text)!.AsObject();
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>Reads (and drops) messages until the server closes; returns its close code and reason.</summary>
    public async Task<(int Code, string Reason)> ReceiveCloseAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? Timeout);
        var buffer = new byte[64 * 1024];
        while (Socket.State == WebSocketState.Open)
        {
            var received = await Socket.ReceiveAsync(buffer, cancel.Token);
            if (received.MessageType == WebSocketMessageType.Close) break;
        }
        return ((int)(Socket.CloseStatus ?? 0), Socket.CloseStatusDescription ?? "");
    }

    private async Task<string?> ReceiveTextAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var received = await Socket.ReceiveAsync(buffer, cancel.Token);
            if (received.MessageType == WebSocketMessageType.Close) return null;
            message.Write(buffer, 0, received.Count);
            if (received.EndOfMessage) return Encoding.UTF8.GetString(message.ToArray());
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
            }
        }
        Socket.Dispose();
    }
}
