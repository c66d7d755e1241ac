using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RevenueCycle.Auditing;
using RevenueCycle.Coding;
using RevenueCycle.Data;
using RevenueCycle.GraphQL;
using RevenueCycle.GraphQL.Http;
using RevenueCycle.GraphQL.Loading;
using RevenueCycle.GraphQL.Subscriptions;
using RevenueCycle.Identity;
using RevenueCycle.Imports;
using RevenueCycle.Tenancy;

namespace RevenueCycle.Hosting;

/// <summary>
/// The one place that builds the application's services. Program.cs and the test hosts both call it;
/// tests only override configuration (database, clock).
/// </summary>
public static class RevenueCycleServices
{
    public static IServiceCollection AddRevenueCycle(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection("Database"));
        services.AddOptions<GraphQLHttpOptions>().Bind(configuration.GetSection("GraphQL")).Configure(o =>
        {
            o.EnableIntrospection ??= true;
            if (environment.IsDevelopment()) o.ExposeExceptionDetails = true;
        });

        services.TryAddTimeProvider();
        services.AddScoped<TenantScope>();
        services.AddScoped<RequestLoaders>();
        // The options are built once (singleton), not per request: building them per DbContext re-read the
        // configuration every time, a tenth of a batched load's time (docs/performance.md, fix 10).
        services.AddDbContext<RevenueCycleDb>((provider, options) =>
        {
            var database = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var connectionString = database.ConnectionString
                ?? (database.Provider == DatabaseProvider.Sqlite
                    ? DatabaseSetup.DefaultSqliteConnectionString(environment.ContentRootPath)
                    : throw new InvalidOperationException($"Database:ConnectionString is required for {database.Provider}."));
            options.UseRevenueCycleDatabase(database.Provider, connectionString);
            // EF Core's guard against two threads using one context writes an AsyncLocal twice per row read, about 6 % of a
            // claim page's allocations (docs/performance.md, fix 13). A request's context is used by one operation at a
            // time by construction (serial query strategy, a scope per subscription event), so production runs without
            // it; development and the test suite keep it, to catch a change that breaks that.
            options.EnableThreadSafetyChecks(!environment.IsProduction());
        }, Microsoft.Extensions.DependencyInjection.ServiceLifetime.Scoped, Microsoft.Extensions.DependencyInjection.ServiceLifetime.Singleton);

        var graphQL = configuration.GetSection("GraphQL").Get<GraphQLHttpOptions>() ?? new GraphQLHttpOptions();
        services.AddHostedService<SqliteStatistics>();

        services.AddGraphQL(b => b
            .AddSchema<RevenueCycleSchema>()
            .AddSystemTextJson(o => o.Converters.Add(new ExecutionResultWriter()))
            .AddGraphTypes(typeof(RevenueCycleSchema).Assembly)
            .AddExecutionStrategy<QueryExecutionStrategy>(OperationType.Query)
            .AddComplexityAnalyzer(c =>
            {
                c.MaxDepth = graphQL.MaxDepth;
                c.MaxComplexity = graphQL.MaxComplexity;
            })
            .AddErrorInfoProvider(provider => new RevenueCycleErrorInfoProvider(
                environment.IsDevelopment() || graphQL.ExposeExceptionDetails,
                provider.GetRequiredService<ILoggerFactory>().CreateLogger("RevenueCycle.GraphQL")))
            .AddRevenueCycleSubscriptions());
        services.AddSingleton<GraphQLExecutor>();
        services.AddScoped<PhiReads>();
        services.AddSingleton<PhiAuditWriter>();
        services.AddSingleton<ParsedDocumentCache>();
        services.AddSingleton<IConfigureExecution>(provider => provider.GetRequiredService<ParsedDocumentCache>());
        services.AddRevenueCycleSubscriptions(configuration);

        services.AddRevenueCycleIdentity(configuration, environment);
        services.AddAuthorization();

        services.AddCodeSets();
        services.AddSingleton<ImportJobWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<ImportJobWorker>());
        services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: ["ready"])
            .AddCheck<CodeSetStartupImport>("code-sets", tags: ["ready"]);
        services.AddProblemDetails();
        return services;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (services.All(s => s.ServiceType != typeof(TimeProvider))) services.AddSingleton(TimeProvider.System);
    }
}
