using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using GraphQL;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RevenueCycle.GraphQL.Http;
using RevenueCycle.GraphQL.Subscriptions;

namespace RevenueCycle.GraphQL.Sse;

/// <summary>
/// GraphQL over Server-Sent Events, the <c>graphql-sse</c> protocol's "distinct connections" mode: one HTTP
/// request per operation (<c>POST /graphql/stream</c>, or <c>/graphql</c> with <c>Accept: text/event-stream</c>),
/// answered with <c>event: next</c> per result and a final <c>event: complete</c>. Validation and authorization
/// errors arrive as a <c>next</c> too, as the protocol asks. The client ends a subscription by closing the request.
/// Authentication is the request's own (headers), through the normal pipeline; it is re-checked before deliveries
/// and on a timer (<see cref="SubscriberCheck"/>), and a subscriber who lost it gets a last error event.
/// </summary>
public static class GraphQLSseEndpoint
{
    public const string EventStream = "text/event-stream";

    public static IApplicationBuilder UseGraphQLSse(this IApplicationBuilder app, string path = "/graphql") => app.Use(async (http, next) =>
    {
        if (!IsStreamRequest(http.Request, path))
        {
            await next(http);
            return;
        }
        await HandleAsync(http);
    });

    private static bool IsStreamRequest(HttpRequest request, string path)
    {
        if (!HttpMethods.IsPost(request.Method) && !HttpMethods.IsGet(request.Method)) return false;
        if (request.Path.Equals(path + "/stream", StringComparison.OrdinalIgnoreCase)) return true;
        return request.Path.Equals(path, StringComparison.OrdinalIgnoreCase)
            && request.Headers.Accept.Any(a => a?.Contains(EventStream, StringComparison.OrdinalIgnoreCase) == true);
    }

    private static async Task HandleAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        var httpOptions = services.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value;
        GraphQLHttpRequest request;
        try
        {
            request = await ReadRequestAsync(http, serializer, httpOptions);
        }
        catch (GraphQLRequestException e)
        {
            // Not a GraphQL request at all: an ordinary HTTP error, before any stream is opened.
            http.Response.StatusCode = e.StatusCode;
            http.Response.ContentType = GraphQLMediaTypes.Json + "; charset=utf-8";
            await http.Response.WriteAsync(JsonSerializer.Serialize(new { errors = new[] { new { message = e.Message, extensions = new { code = "INVALID_REQUEST" } } } }));
            return;
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = EventStream + "; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no"; // tell reverse proxies not to hold events back
        await http.Response.StartAsync(http.RequestAborted);
        // Put the headers on the wire now: a subscriber must see the stream open before the first event.
        await http.Response.Body.FlushAsync(http.RequestAborted);

        var options = services.GetRequiredService<IOptions<SubscriptionOptions>>().Value;
        var clock = services.GetRequiredService<TimeProvider>();
        var expiresAt = SubscriberIdentity.ExpiresAt(http.User, http.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult?.Properties);
        var observer = new StreamObserver(serializer, clock, expiresAt, Math.Max(1, options.MaxBufferedMessages));
        var check = new SubscriberCheck(services.GetRequiredService<SubscriberRecheck>(), http.User, TimeSpan.FromMilliseconds(options.RecheckMaxAgeMilliseconds));
        var gate = new SubscriptionGate(check, denial => observer.End(
            denial.EndsConnection ? $"Credentials no longer valid ({denial.Message}): sign in again and resubscribe." : denial.Message, denial.Code));

        var result = await services.GetRequiredService<GraphQLExecutor>().ExecuteAsync(request, http.User, services, http.RequestAborted, gate);
        if (result.Streams is { Count: > 0 } streams)
        {
            await StreamAsync(http, streams.Values.First(), observer, stop => RecheckPeriodicallyAsync(check, gate, observer, options, stop));
            return;
        }
        await WriteEventAsync(http, Next(serializer.Serialize(result)));
        await WriteEventAsync(http, Complete);
    }

    /// <summary>Ends the stream when the credentials expire or are revoked, or the role is gone, even while no event comes.</summary>
    private static async Task RecheckPeriodicallyAsync(SubscriberCheck check, SubscriptionGate gate, StreamObserver observer,
        SubscriptionOptions options, CancellationToken stop)
    {
        try
        {
            while (observer.Final is null)
            {
                await Task.Delay(options.RecheckIntervalMilliseconds, stop);
                if (observer.IsExpired()) observer.End(TokenExpired, AuthorizationRule.NotAuthenticated);
                else gate.Allows(await check.RefreshAsync());
            }
        }
        catch (OperationCanceledException)
        {
            // The stream ended.
        }
    }

    private static async Task StreamAsync(HttpContext http, IObservable<ExecutionResult> stream, StreamObserver observer,
        Func<CancellationToken, Task> recheck)
    {
        var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphQLSseEndpoint));
        using var stopRecheck = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        var rechecking = recheck(stopRecheck.Token);
        try
        {
            await ReadEventsAsync(http, stream, observer, logger);
        }
        finally
        {
            await stopRecheck.CancelAsync();
            await rechecking;
        }
    }

    private static async Task ReadEventsAsync(HttpContext http, IObservable<ExecutionResult> stream, StreamObserver observer, ILogger logger)
    {
        using (stream.Subscribe(observer))
        {
            try
            {
                var reader = observer.Events.Reader;
                while (await reader.WaitToReadAsync(http.RequestAborted))
                {
                    while (reader.TryRead(out var text)) await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), http.RequestAborted);
                    await http.Response.Body.FlushAsync(http.RequestAborted);
                }
            }
            catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
            {
                return; // the client closed the stream: that is how a subscription ends in this protocol
            }
        }

        if (observer.Final is { } final)
        {
            // Ended by us (slow consumer, expired credentials): say why, but do not wait long on a client that does not read.
            logger.LogInformation("Ending a GraphQL SSE stream: {Reason}", observer.FinalReason);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            try
            {
                await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(final + Complete), timeout.Token);
                await http.Response.Body.FlushAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                http.Abort();
            }
        }
    }

    private static async Task<GraphQLHttpRequest> ReadRequestAsync(HttpContext http, IGraphQLTextSerializer serializer, GraphQLHttpOptions options)
    {
        GraphQLHttpRequest request;
        if (HttpMethods.IsGet(http.Request.Method))
        {
            request = GraphQLHttpRequest.FromQueryString(http.Request.Query, serializer);
            if (SelectsMutation(request))
                throw new GraphQLRequestException("Mutations cannot be sent with GET; use POST.", StatusCodes.Status405MethodNotAllowed);
        }
        else
        {
            if (!(http.Request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) ?? false))
                throw new GraphQLRequestException("POST requests must have Content-Type application/json.", StatusCodes.Status415UnsupportedMediaType);
            using var body = new MemoryStream();
            var buffer = new byte[16 * 1024];
            int read;
            while ((read = await http.Request.Body.ReadAsync(buffer, http.RequestAborted)) > 0)
            {
                if (body.Length + read > options.MaxRequestBytes)
                    throw new GraphQLRequestException($"The request body exceeds {options.MaxRequestBytes} bytes.", StatusCodes.Status413PayloadTooLarge);
                body.Write(buffer, 0, read);
            }
            try
            {
                using var document = JsonDocument.Parse(body.ToArray());
                request = GraphQLHttpRequest.FromJson(document.RootElement, serializer);
            }
            catch (JsonException)
            {
                throw new GraphQLRequestException("The request body is not valid JSON.");
            }
        }
        if (string.IsNullOrWhiteSpace(request.Query) && string.IsNullOrWhiteSpace(request.DocumentId))
            throw new GraphQLRequestException("The request has no 'query' (or 'documentId') parameter.");
        return request;
    }

    private static bool SelectsMutation(GraphQLHttpRequest request)
    {
        try
        {
            var document = GraphQLParser.Parser.Parse(request.Query ?? "");
            return document.Definitions.OfType<GraphQLOperationDefinition>().Any(o => o.Operation == OperationType.Mutation
                && (request.OperationName is null || o.Name?.StringValue == request.OperationName));
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
        {
            return false; // reported as a syntax error by the executor
        }
    }

    private static async Task WriteEventAsync(HttpContext http, string text)
    {
        await http.Response.WriteAsync(text, http.RequestAborted);
        await http.Response.Body.FlushAsync(http.RequestAborted);
    }

    /// <summary>An SSE <c>next</c> event; JSON has no raw line breaks, so the payload is one <c>data:</c> line.</summary>
    private static string Next(string json) => "event: next\ndata: " + json + "\n\n";

    // The empty data field makes EventSource fire the event at all (graphql-sse protocol note).
    private const string Complete = "event: complete\ndata: \n\n";

    private const string TokenExpired = "Token expired: sign in again and resubscribe.";

    private static string ErrorResult(string message, string code) =>
        Next(JsonSerializer.Serialize(new { errors = new[] { new { message, extensions = new { code } } } }));

    /// <summary>Formats each event's result into the bounded queue; ends the stream (with a reason) when it overflows.</summary>
    private sealed class StreamObserver(IGraphQLTextSerializer serializer, TimeProvider clock, DateTimeOffset? expiresAt, int capacity)
        : IObserver<ExecutionResult>
    {
        public Channel<string> Events { get; } = Channel.CreateBounded<string>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait, // TryWrite fails when full: the slow-consumer signal
        });

        public string? Final { get; private set; }
        public string? FinalReason { get; private set; }

        public bool IsExpired() => expiresAt is { } expires && clock.GetUtcNow() >= expires;

        public void OnNext(ExecutionResult value)
        {
            if (Final is not null) return;
            if (IsExpired())
            {
                End(TokenExpired, AuthorizationRule.NotAuthenticated);
                return;
            }
            if (!Events.Writer.TryWrite(Next(serializer.Serialize(value))))
                End($"Slow consumer: more than {capacity} events waiting; reconnect and subscribe again.", "SLOW_CONSUMER");
        }

        public void OnError(Exception error) => End("The event stream failed.", "INTERNAL_SERVER_ERROR");

        public void OnCompleted()
        {
            Events.Writer.TryWrite(Complete);
            Events.Writer.TryComplete();
        }

        public void End(string reason, string code)
        {
            lock (Events)
            {
                if (Final is not null) return;
                FinalReason = reason;
                Final = ErrorResult(reason, code);
            }
            Events.Writer.TryComplete();
        }
    }
}
