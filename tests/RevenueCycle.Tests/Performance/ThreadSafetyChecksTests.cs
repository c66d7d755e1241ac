using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Builder;
using GraphQL.Execution;
using RevenueCycle.Data;
using RevenueCycle.Hosting;

namespace RevenueCycle.Performance;

/// <summary>
/// EF Core's check that one context is never used by two threads at once costs two AsyncLocal writes per row read
/// (docs/performance.md, fix 13): production runs without it, every other environment (this suite's included) with it.
/// </summary>
public sealed class ThreadSafetyChecksTests
{
    [Theory]
    [InlineData("Production", false)]
    [InlineData("Testing", true)]
    [InlineData("Development", true)]
    public void Contexts_check_for_concurrent_use_everywhere_but_in_production(string environment, bool enabled)
    {
        using var provider = Services(environment);
        var options = provider.GetRequiredService<DbContextOptions<RevenueCycleDb>>();
        Assert.Equal(enabled, options.FindExtension<CoreOptionsExtension>()!.ThreadSafetyChecksEnabled);
    }

    // What makes running without the check safe: no operation resolves fields in parallel on the request's context.
    [Fact]
    public void Queries_and_mutations_resolve_their_fields_one_at_a_time()
    {
        using var provider = Services("Production");
        var strategies = provider.GetServices<ExecutionStrategyRegistration>().ToDictionary(r => r.Operation, r => r.Strategy);
        Assert.IsAssignableFrom<SerialExecutionStrategy>(strategies[GraphQLParser.AST.OperationType.Query]);
        Assert.False(strategies.TryGetValue(GraphQLParser.AST.OperationType.Mutation, out var mutation) && mutation is ParallelExecutionStrategy);
    }

    private static ServiceProvider Services(string environment)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["Database:ConnectionString"] = "Data Source=unused.db",
                // Production refuses to start without token keys: throwaway ones.
                ["Authentication:Server:Keys:SigningKeyPem"] = NewRsaKeyPem(),
                ["Authentication:Server:Keys:EncryptionKeyPem"] = NewRsaKeyPem(),
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddRevenueCycle(configuration, WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment }).Environment);
        return services.BuildServiceProvider();
    }

    private static string NewRsaKeyPem()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        return rsa.ExportPkcs8PrivateKeyPem();
    }
}
