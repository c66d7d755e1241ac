using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Data;

namespace RevenueCycle.Events;

public static class EventServices
{
    /// <summary>The outbox (after-commit publishing and the re-publisher), the hub and the event bus.</summary>
    public static IServiceCollection AddRevenueCycleEvents(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection("Outbox"));
        services.AddSingleton<EventHub>();
        services.AddOptions<RedisOptions>().Bind(configuration.GetSection("Redis"));
        if (string.IsNullOrWhiteSpace(configuration["Redis:ConnectionString"]))
        {
            services.AddSingleton<IEventBus, InProcessEventBus>();
        }
        else
        {
            // Several instances behind a load balancer: events cross over Redis pub/sub.
            services.AddSingleton<RedisEventBus>();
            services.AddSingleton<IEventBus>(provider => provider.GetRequiredService<RedisEventBus>());
            services.AddHostedService(provider => provider.GetRequiredService<RedisEventBus>());
        }
        services.AddSingleton<OutboxPublisher>();
        services.AddSingleton<OutboxInterceptor>();
        services.ConfigureDbContext<RevenueCycleDb>((provider, options) => options.AddInterceptors(provider.GetRequiredService<OutboxInterceptor>()));
        services.AddHostedService<OutboxRepublisher>();
        return services;
    }
}
