using System.Net.WebSockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace RevenueCycle.GraphQL.WebSockets;

/// <summary>
/// WebSocket upgrades of the GraphQL path speak <c>graphql-transport-ws</c> (the protocol of the npm package
/// graphql-ws). A socket that did not offer that subprotocol is accepted and closed with 4406, as the protocol asks.
/// </summary>
public static class GraphQLWebSocketEndpoint
{
    public const string SubProtocol = "graphql-transport-ws";

    public static IApplicationBuilder UseGraphQLWebSockets(this IApplicationBuilder app, string path = "/graphql")
    {
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        return app.Use(async (http, next) =>
        {
            if (!http.WebSockets.IsWebSocketRequest || !http.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase))
            {
                await next(http);
                return;
            }
            var offered = http.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol);
            using var socket = await http.WebSockets.AcceptWebSocketAsync(offered ? SubProtocol : null);
            if (!offered)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                try
                {
                    await socket.CloseAsync((WebSocketCloseStatus)GraphQLWsCloseCodes.SubprotocolNotAcceptable,
                        "Subprotocol not acceptable: use " + SubProtocol, timeout.Token);
                }
                catch (Exception e) when (e is OperationCanceledException or WebSocketException)
                {
                    // The client went away first; nothing to tell it.
                }
                return;
            }
            await ActivatorUtilities.CreateInstance<GraphQLWsConnection>(http.RequestServices, socket, http).RunAsync();
        });
    }
}

/// <summary>Close codes of graphql-transport-ws, plus ours.</summary>
public static class GraphQLWsCloseCodes
{
    public const int BadRequest = 4400;
    public const int Unauthorized = 4401;
    public const int Forbidden = 4403;
    public const int SubprotocolNotAcceptable = 4406;
    public const int ConnectionInitTimeout = 4408;
    public const int SubscriberAlreadyExists = 4409;
    public const int TooManyInitialisationRequests = 4429;
    /// <summary>RFC 6455 "Try Again Later": the client read too slowly; it may reconnect and subscribe again.</summary>
    public const int SlowConsumer = 1013;
}
