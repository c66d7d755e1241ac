using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Events;

namespace RevenueCycle.GraphQL.Subscriptions;

public static class SubscriptionServices
{
    /// <summary>Events (outbox, hub, bus) and the streaming transports' settings.</summary>
    public static IServiceCollection AddRevenueCycleSubscriptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRevenueCycleEvents(configuration);
        services.AddOptions<SubscriptionOptions>().Bind(configuration.GetSection("Subscriptions"));
        services.AddSingleton<SubscriberRecheck>();
        services.AddSingleton<EventLoads>();
        return services;
    }

    /// <summary>The <c>Subscription</c> root and per-event tenant scopes.</summary>
    public static IGraphQLBuilder AddRevenueCycleSubscriptions(this IGraphQLBuilder builder) => builder
        .ConfigureSchema((schema, services) => schema.Subscription = services.GetRequiredService<SubscriptionType>())
        .AddExecutionStrategy<TenantSubscriptionExecutionStrategy>(OperationType.Subscription);
}

/// <summary>The <c>Subscriptions</c> configuration section: limits of the WebSocket and SSE transports.</summary>
public sealed class SubscriptionOptions
{
    /// <summary>How long a WebSocket may stay open without <c>connection_init</c> (then 4408).</summary>
    public int ConnectionInitTimeoutMilliseconds { get; set; } = 3000;

    /// <summary>
    /// Messages that may wait for a slow client on one connection. Beyond that the connection is closed (WebSocket
    /// 1013, SSE a final error) instead of buffering without bound or holding up other subscribers.
    /// </summary>
    public int MaxBufferedMessages { get; set; } = 256;

    /// <summary>Operations one WebSocket may run at once.</summary>
    public int MaxOperationsPerConnection { get; set; } = 100;

    /// <summary>
    /// How often every connection re-checks its principal (token not revoked, user active, roles, client not
    /// revoked) even when no event arrives; a revoked subscriber is ended within this time.
    /// </summary>
    public int RecheckIntervalMilliseconds { get; set; } = 30_000;

    /// <summary>
    /// How old a connection's last check may be for a delivery to rely on it. Within this time events go out
    /// without a database look-up; after it, the next event re-checks first.
    /// </summary>
    public int RecheckMaxAgeMilliseconds { get; set; } = 5_000;
}
