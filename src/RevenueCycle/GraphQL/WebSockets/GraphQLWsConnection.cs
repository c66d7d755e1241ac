using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using GraphQL;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RevenueCycle.GraphQL.Http;
using RevenueCycle.GraphQL.Subscriptions;
using RevenueCycle.Identity;

namespace RevenueCycle.GraphQL.WebSockets;

/// <summary>
/// One <c>graphql-transport-ws</c> connection: connection_init (with credentials) → connection_ack, then any
/// number of subscribe/complete, ping/pong. Queries and mutations answer one <c>next</c> and <c>complete</c>;
/// subscriptions a <c>next</c> per event. Everything the server sends goes through one bounded queue, written
/// by one loop; a client that lets it fill up is closed with 1013 rather than buffered without bound.
/// The principal is re-checked before deliveries and on a timer (<see cref="SubscriberCheck"/>): revoked
/// credentials close the connection with 4403, a lost role ends that subscription with an <c>error</c>.
/// </summary>
public sealed class GraphQLWsConnection
{
    /// <summary>How long a closing connection may take to send its close frame and hear the answer before it is cut.</summary>
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(10);

    private readonly WebSocket _socket;
    private readonly HttpContext _http;
    private readonly GraphQLExecutor _executor;
    private readonly IGraphQLTextSerializer _serializer;
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly SubscriptionOptions _options;
    private readonly SubscriberRecheck _recheck;
    private readonly int _maxMessageBytes;
    private readonly Channel<string> _outgoing;
    private readonly ConcurrentDictionary<string, Operation> _operations = new();
    private readonly CancellationTokenSource _lifetime = new();
    private int _initReceived;
    private volatile bool _acknowledged;
    private ClaimsPrincipal _user;
    private DateTimeOffset? _expiresAt;
    private SubscriberCheck? _check;
    private CloseRequest? _close;

    public GraphQLWsConnection(WebSocket socket, HttpContext http, GraphQLExecutor executor, IGraphQLTextSerializer serializer,
        IServiceScopeFactory scopes, TimeProvider clock, ILogger<GraphQLWsConnection> logger, IOptions<SubscriptionOptions> options,
        IOptions<GraphQLHttpOptions> httpOptions, SubscriberRecheck recheck)
    {
        _recheck = recheck;
        _socket = socket;
        _http = http;
        _executor = executor;
        _serializer = serializer;
        _scopes = scopes;
        _clock = clock;
        _logger = logger;
        _options = options.Value;
        _maxMessageBytes = (int)Math.Min(int.MaxValue, httpOptions.Value.MaxRequestBytes);
        _outgoing = Channel.CreateBounded<string>(new BoundedChannelOptions(Math.Max(1, _options.MaxBufferedMessages))
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait, // TryWrite fails when full: that is our slow-consumer signal
        });
        _user = http.User;
    }

    public async Task RunAsync()
    {
        var writer = Task.Run(WriteLoopAsync);
        _ = CloseUnlessInitialisedAsync();
        try
        {
            await ReadLoopAsync();
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The client vanished, or the close handshake timed out.
        }
        finally
        {
            RequestClose(WebSocketCloseStatus.NormalClosure, "");
            await writer;
            _lifetime.Dispose();
        }
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[8192];
        using var message = new MemoryStream();
        while (_socket.State == WebSocketState.Open)
        {
            var received = await _socket.ReceiveAsync(buffer, _lifetime.Token);
            if (received.MessageType == WebSocketMessageType.Close) return;
            if (received.MessageType == WebSocketMessageType.Binary)
            {
                RequestClose(GraphQLWsCloseCodes.BadRequest, "Invalid message: binary frames are not part of the protocol");
                continue;
            }
            message.Write(buffer, 0, received.Count);
            if (message.Length > _maxMessageBytes)
            {
                RequestClose(WebSocketCloseStatus.MessageTooBig, $"Messages are limited to {_maxMessageBytes} bytes");
                return;
            }
            if (!received.EndOfMessage) continue;
            if (_close is null) await HandleAsync(message.ToArray());
            message.SetLength(0);
        }
    }

    private async Task WriteLoopAsync()
    {
        try
        {
            while (await _outgoing.Reader.WaitToReadAsync(_lifetime.Token))
            {
                while (_close is null && _outgoing.Reader.TryRead(out var text))
                    await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, _lifetime.Token);
                if (_close is not null) break;
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ChannelClosedException)
        {
            // Closing: what was still queued is dropped.
        }

        if (_close is { } close && _socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _socket.CloseOutputAsync(close.Status, close.Reason, timeout.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or WebSocketException)
            {
                _socket.Abort();
            }
        }
    }

    private async Task CloseUnlessInitialisedAsync()
    {
        try
        {
            await Task.Delay(_options.ConnectionInitTimeoutMilliseconds, _lifetime.Token);
            if (Volatile.Read(ref _initReceived) == 0) RequestClose(GraphQLWsCloseCodes.ConnectionInitTimeout, "Connection initialisation timeout");
        }
        catch (OperationCanceledException)
        {
            // The connection ended first.
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private async Task HandleAsync(byte[] utf8)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException)
        {
            RequestClose(GraphQLWsCloseCodes.BadRequest, "Invalid message: not JSON");
            return;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
            {
                RequestClose(GraphQLWsCloseCodes.BadRequest, "Invalid message: an object with a string 'type' is required");
                return;
            }
            switch (type.GetString())
            {
                case "connection_init": await InitialiseAsync(root); break;
                case "ping": Enqueue(Message("pong")); break;
                case "pong": break;
                case "subscribe": Subscribe(root); break;
                case "complete": Complete(root); break;
                default: RequestClose(GraphQLWsCloseCodes.BadRequest, "Invalid message: unexpected type " + Truncate(type.GetString()!, 40)); break;
            }
        }
    }

    private async Task InitialiseAsync(JsonElement message)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) == 1)
        {
            RequestClose(GraphQLWsCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }
        var payload = message.TryGetProperty("payload", out var p) ? p : default;
        if (payload.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.Object))
        {
            RequestClose(GraphQLWsCloseCodes.BadRequest, "Invalid message: connection_init payload must be an object");
            return;
        }

        var result = await AuthenticateAsync(payload);
        if (result is null)
        {
            // No credentials in the payload: those of the upgrade request itself (headers), or anonymous.
            _user = _http.User;
            _expiresAt = SubscriberIdentity.ExpiresAt(_user, _http.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult?.Properties);
        }
        else if (result.Succeeded)
        {
            _user = result.Principal;
            _expiresAt = SubscriberIdentity.ExpiresAt(_user, result.Properties);
        }
        else
        {
            RequestClose(GraphQLWsCloseCodes.Forbidden, "Forbidden: the credentials in connection_init were not accepted");
            return;
        }
        if (IsExpired())
        {
            RequestClose(GraphQLWsCloseCodes.Forbidden, "Forbidden: token expired");
            return;
        }
        _check = new SubscriberCheck(_recheck, _user, TimeSpan.FromMilliseconds(_options.RecheckMaxAgeMilliseconds));
        _acknowledged = true;
        Enqueue(Message("connection_ack"));
        _ = RecheckPeriodicallyAsync(_check);
    }

    /// <summary>
    /// Ends what the principal may no longer have even when no event comes: expired or revoked credentials close
    /// the connection, a lost role ends the subscriptions that needed it.
    /// </summary>
    private async Task RecheckPeriodicallyAsync(SubscriberCheck check)
    {
        try
        {
            while (_close is null)
            {
                await Task.Delay(_options.RecheckIntervalMilliseconds, _lifetime.Token);
                if (IsExpired())
                {
                    RequestClose(GraphQLWsCloseCodes.Forbidden, "Forbidden: token expired");
                    return;
                }
                var standing = await check.RefreshAsync();
                foreach (var operation in _operations.Values)
                    operation.Gate?.Allows(standing);
                if (standing.Refused is { } refused) RequestClose(GraphQLWsCloseCodes.Forbidden, "Forbidden: " + refused);
            }
        }
        catch (OperationCanceledException)
        {
            // The connection ended.
        }
        catch (ObjectDisposedException)
        {
        }
    }

    /// <summary>The gate's verdict: revoked credentials close the connection (4403); a lost role ends only this subscription.</summary>
    private void Deny(Operation operation, SubscriberDenial denial)
    {
        if (denial.EndsConnection)
        {
            RequestClose(GraphQLWsCloseCodes.Forbidden, Truncate("Forbidden: " + denial.Message, 120));
            return;
        }
        if (!operation.IsActive) return;
        Enqueue(Message("error", operation.Id, JsonSerializer.Serialize(new[] { new { message = denial.Message, extensions = new { code = denial.Code } } })));
        End(operation);
    }

    /// <summary>
    /// Authenticates the headers carried in the connection_init payload (<c>Authorization</c>, <c>X-Dev-User</c>)
    /// with the application's default authentication scheme, exactly as an HTTP request with those headers would
    /// be. Null when the payload carries none.
    /// </summary>
    private async Task<AuthenticateResult?> AuthenticateAsync(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object) return null;
        var credentials = payload.EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.String
                && (p.Name.Equals("Authorization", StringComparison.OrdinalIgnoreCase) || p.Name.Equals(DevelopmentAuthentication.Header, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        if (credentials.Count == 0) return null;

        await using var scope = _scopes.CreateAsyncScope();
        var request = new DefaultHttpContext { RequestServices = scope.ServiceProvider, RequestAborted = _lifetime.Token };
        request.Connection.RemoteIpAddress = _http.Connection.RemoteIpAddress;
        // The token's issuer is checked against the URL the request came in on (OpenIddict's local server).
        request.Request.Scheme = _http.Request.Scheme;
        request.Request.Host = _http.Request.Host;
        request.Request.PathBase = _http.Request.PathBase;
        request.Request.Path = _http.Request.Path;
        foreach (var credential in credentials) request.Request.Headers[credential.Name] = credential.Value.GetString();
        // What UseAuthentication does for a real request: request handlers (OpenIddict validation) set up their
        // per-request state before anyone authenticates.
        var handlers = scope.ServiceProvider.GetRequiredService<IAuthenticationHandlerProvider>();
        foreach (var scheme in await scope.ServiceProvider.GetRequiredService<IAuthenticationSchemeProvider>().GetRequestHandlerSchemesAsync())
            if (await handlers.GetHandlerAsync(request, scheme.Name) is IAuthenticationRequestHandler handler && await handler.HandleRequestAsync())
                return AuthenticateResult.Fail("The credentials were not accepted.");
        var result = await request.AuthenticateAsync();
        return result.None ? AuthenticateResult.Fail("No authentication scheme accepted the credentials.") : result;
    }

    private bool IsExpired() => _expiresAt is { } expires && _clock.GetUtcNow() >= expires;

    private void Subscribe(JsonElement message)
    {
        if (!_acknowledged)
        {
            RequestClose(GraphQLWsCloseCodes.Unauthorized, "Unauthorized");
            return;
        }
        if (!message.TryGetProperty("id", out var idElement) || idElement.ValueKind != JsonValueKind.String || idElement.GetString() is not { Length: > 0 } id)
        {
            RequestClose(GraphQLWsCloseCodes.BadRequest, "Invalid message: subscribe needs a non-empty string 'id'");
            return;
        }
        GraphQLHttpRequest request;
        try
        {
            if (!message.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
                throw new GraphQLRequestException("subscribe needs an object 'payload'");
            request = GraphQLHttpRequest.FromJson(payload, _serializer);
            if (string.IsNullOrWhiteSpace(request.Query) && string.IsNullOrWhiteSpace(request.DocumentId))
                throw new GraphQLRequestException("the payload has no 'query'");
        }
        catch (GraphQLRequestException e)
        {
            RequestClose(GraphQLWsCloseCodes.BadRequest, Truncate("Invalid message: " + e.Message, 120));
            return;
        }

        var operation = new Operation(id, _lifetime.Token);
        if (!_operations.TryAdd(id, operation))
        {
            RequestClose(GraphQLWsCloseCodes.SubscriberAlreadyExists, $"Subscriber for {Truncate(id, 80)} already exists");
            return;
        }
        if (_operations.Count > _options.MaxOperationsPerConnection)
        {
            _operations.TryRemove(id, out _);
            Enqueue(Message("error", id, $"[{{\"message\":\"At most {_options.MaxOperationsPerConnection} operations may run on one connection.\",\"extensions\":{{\"code\":\"TOO_MANY_OPERATIONS\"}}}}]"));
            return;
        }
        _ = RunOperationAsync(operation, request);
    }

    private async Task RunOperationAsync(Operation operation, GraphQLHttpRequest request)
    {
        try
        {
            ExecutionResult result;
            string? single = null;
            operation.Gate = new SubscriptionGate(_check!, denial => Deny(operation, denial));
            await using (var scope = _scopes.CreateAsyncScope())
            {
                SubscriberIdentity.EnterTenant(scope.ServiceProvider, _user);
                result = await _executor.ExecuteAsync(request, _user, scope.ServiceProvider, operation.Token, operation.Gate);
                // Serialise while the scope (and what the result still points into) is alive.
                if (result.Streams is not { Count: > 0 }) single = _serializer.Serialize(result);
            }

            if (result.Streams is { Count: > 0 } streams)
            {
                var subscription = streams.Values.First().Subscribe(new StreamObserver(this, operation));
                if (!operation.Attach(subscription)) subscription.Dispose();
                return;
            }
            if (!operation.IsActive) return;
            if (result.Executed)
            {
                Enqueue(Message("next", operation.Id, single));
                Enqueue(Message("complete", operation.Id));
            }
            else
            {
                // Refused before execution (syntax, validation, authorization): the protocol's error message.
                Enqueue(Message("error", operation.Id, ErrorsOf(single!)));
            }
            End(operation);
        }
        catch (OperationCanceledException) when (!operation.IsActive)
        {
            // Completed by the client, or the connection closed.
        }
        catch (Exception e)
        {
            _logger.LogError(e, "A WebSocket operation failed");
            Enqueue(Message("error", operation.Id, "[{\"message\":\"Internal server error.\",\"extensions\":{\"code\":\"INTERNAL_SERVER_ERROR\"}}]"));
            End(operation);
        }
    }

    private void Complete(JsonElement message)
    {
        if (!message.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String)
        {
            RequestClose(GraphQLWsCloseCodes.BadRequest, "Invalid message: complete needs a string 'id'");
            return;
        }
        // The client stops listening: no complete is sent back. An unknown id has already finished.
        if (_operations.TryRemove(id.GetString()!, out var operation)) operation.Dispose();
    }

    private void End(Operation operation)
    {
        _operations.TryRemove(new KeyValuePair<string, Operation>(operation.Id, operation));
        operation.Dispose();
    }

    private void Enqueue(string message)
    {
        if (_close is not null) return;
        if (!_outgoing.Writer.TryWrite(message))
            RequestClose((WebSocketCloseStatus)GraphQLWsCloseCodes.SlowConsumer,
                $"Slow consumer: more than {_options.MaxBufferedMessages} messages waiting; reconnect and subscribe again");
    }

    /// <summary>Stops everything and has the write loop send the close frame (the first request wins).</summary>
    private void RequestClose(int code, string reason) => RequestClose((WebSocketCloseStatus)code, reason);

    private void RequestClose(WebSocketCloseStatus status, string reason)
    {
        if (Interlocked.CompareExchange(ref _close, new CloseRequest(status, reason), null) is not null) return;
        if (status != WebSocketCloseStatus.NormalClosure)
            _logger.LogInformation("Closing a GraphQL WebSocket: {Code} {Reason}", (int)status, reason);
        foreach (var operation in _operations.Values) operation.Dispose();
        _operations.Clear();
        _outgoing.Writer.TryComplete();
        // A client that does not answer the close handshake (or never reads) is cut off.
        try
        {
            _lifetime.CancelAfter(CloseHandshakeTimeout);
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private static string Message(string type, string? id = null, string? payloadJson = null)
    {
        var text = new StringBuilder("{");
        if (id is not null) text.Append("\"id\":").Append(JsonSerializer.Serialize(id)).Append(',');
        text.Append("\"type\":\"").Append(type).Append('"');
        if (payloadJson is not null) text.Append(",\"payload\":").Append(payloadJson);
        return text.Append('}').ToString();
    }

    private static string ErrorsOf(string serializedResult)
    {
        using var document = JsonDocument.Parse(serializedResult);
        return document.RootElement.TryGetProperty("errors", out var errors) ? errors.GetRawText() : "[]";
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];

    private sealed record CloseRequest(WebSocketCloseStatus Status, string Reason);

    /// <summary>One subscribe id: cancelled by the client's complete, by its end, or by the connection closing.</summary>
    private sealed class Operation(string id, CancellationToken connection) : IDisposable
    {
        private readonly CancellationTokenSource _cancel = CancellationTokenSource.CreateLinkedTokenSource(connection);
        private IDisposable? _subscription;
        private bool _disposed;

        public string Id { get; } = id;
        public CancellationToken Token => _cancel.Token;
        public SubscriptionGate? Gate { get; set; }
        public bool IsActive => !Volatile.Read(ref _disposed);

        public bool Attach(IDisposable subscription)
        {
            lock (_cancel)
            {
                if (_disposed) return false;
                _subscription = subscription;
                return true;
            }
        }

        public void Dispose()
        {
            IDisposable? subscription;
            lock (_cancel)
            {
                if (_disposed) return;
                _disposed = true;
                subscription = _subscription;
            }
            subscription?.Dispose();
            _cancel.Cancel();
        }
    }

    /// <summary>Turns each event's execution result into a <c>next</c>, checking first that the credentials still hold.</summary>
    private sealed class StreamObserver(GraphQLWsConnection connection, Operation operation) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value)
        {
            if (!operation.IsActive) return;
            if (connection.IsExpired())
            {
                connection.RequestClose(GraphQLWsCloseCodes.Forbidden, "Forbidden: token expired");
                return;
            }
            connection.Enqueue(Message("next", operation.Id, connection._serializer.Serialize(value)));
        }

        public void OnError(Exception error)
        {
            if (!operation.IsActive) return;
            connection._logger.LogError(error, "A subscription stream failed");
            connection.Enqueue(Message("error", operation.Id, "[{\"message\":\"The event stream failed.\",\"extensions\":{\"code\":\"INTERNAL_SERVER_ERROR\"}}]"));
            connection.End(operation);
        }

        public void OnCompleted()
        {
            if (!operation.IsActive) return;
            connection.Enqueue(Message("complete", operation.Id));
            connection.End(operation);
        }
    }
}
