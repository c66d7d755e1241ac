using Microsoft.Extensions.DependencyInjection;

namespace RevenueCycle.Coding;

public static class CodeSetServices
{
    public static IServiceCollection AddCodeSets(this IServiceCollection services)
    {
        services.AddScoped<CodeLookup>();
        services.AddScoped<CodeSetImporter>();
        services.AddSingleton<CodeSetStartupImport>();
        return services;
    }
}
