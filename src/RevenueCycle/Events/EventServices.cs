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
        services.AddSingleton<IEventBus, InProcessEventBus>();
        services.AddSingleton<OutboxPublisher>();
        services.AddSingleton<OutboxInterceptor>();
        services.ConfigureDbContext<RevenueCycleDb>((provider, options) => options.AddInterceptors(provider.GetRequiredService<OutboxInterceptor>()));
        services.AddHostedService<OutboxRepublisher>();
        return services;
    }
}
