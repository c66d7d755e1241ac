using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RevenueCycle.Data;
using RevenueCycle.GraphQL;
using RevenueCycle.GraphQL.Http;
using RevenueCycle.Hosting;
using RevenueCycle.Identity;
using RevenueCycle.Seeding;
using RevenueCycle.Tenancy;

namespace RevenueCycle.Benchmarks;

/// <summary>
/// W1 and W2 of the load harness executed in process, without HTTP: the app's <see cref="GraphQLExecutor"/> against a
/// seeded SQLite file, then the response serialised as the transport does. Allocated bytes per operation are the
/// figure to watch (MemoryDiagnoser); times on the shared 2-core machine are indicative only.
/// </summary>
[MemoryDiagnoser]
public class ClaimPageBenchmarks
{
    private const int Claims = 2_000;
    private string _file = "";
    private WebApplication _app = null!;
    private ClaimsPrincipal _user = null!;
    private Guid _tenantId;
    private GraphQLHttpRequest _w1 = null!;
    private GraphQLHttpRequest _w2 = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _file = Path.Combine(Path.GetTempPath(), $"revenuecycle-bench-{Guid.NewGuid():N}.db");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration["Database:Provider"] = "Sqlite";
        builder.Configuration["Database:ConnectionString"] = $"Data Source={_file}";
        // Production refuses to start without token keys and never generates them: throwaway ones for the run.
        builder.Configuration["Authentication:Server:Keys:SigningKeyPem"] = NewRsaKeyPem();
        builder.Configuration["Authentication:Server:Keys:EncryptionKeyPem"] = NewRsaKeyPem();
        builder.Logging.ClearProviders();
        builder.Services.AddRevenueCycle(builder.Configuration, builder.Environment);
        _app = builder.Build();

        await DatabaseInitializer.MigrateAsync(_app.Services, _app.Logger);
        await DemoSeeder.SeedTenantAsync(_app.Services, new TenantSeed("bench", "Bench Billing", "America/Chicago", Claims));
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RevenueCycleDb>();
            _tenantId = await db.Tenants.Where(t => t.Slug == "bench").Select(t => t.Id).SingleAsync();
            // The statistics the running API keeps (SqliteStatistics), so the plans are the ones it gets.
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }

        _user = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "bench"), new Claim(RevenueCycleClaims.TenantId, _tenantId.ToString()), new Claim(ClaimTypes.Role, Roles.Biller)],
            "Benchmark"));
        var first = new Inputs(new Dictionary<string, object?> { ["first"] = 50 });
        _w1 = new GraphQLHttpRequest(Operation("w1.graphql"), null, first, null, null);
        _w2 = new GraphQLHttpRequest(Operation("w2.graphql"), null, first, null, null);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    [Benchmark(Baseline = true)]
    public Task W1_claim_page_scalars() => ExecuteAsync(_w1);

    [Benchmark]
    public Task W2_claim_page_with_payer_patient_lines() => ExecuteAsync(_w2);

    // One request's worth of work: a fresh DI scope (DbContext, tenant scope, batch loaders), execution, serialisation.
    private async Task ExecuteAsync(GraphQLHttpRequest request)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(_tenantId, "bench");
        var result = await scope.ServiceProvider.GetRequiredService<GraphQLExecutor>().ExecuteAsync(request, _user, scope.ServiceProvider, default);
        if (result.Errors is { Count: > 0 }) throw new InvalidOperationException(result.Errors[0].Message);
        await scope.ServiceProvider.GetRequiredService<IGraphQLTextSerializer>().WriteAsync(Stream.Null, result);
    }

    private static string NewRsaKeyPem()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        return rsa.ExportPkcs8PrivateKeyPem();
    }

    // The operations the load harness sends (infra/perf/operations), found from the benchmark's working folder.
    private static string Operation(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "infra", "perf", "operations", name);
            if (File.Exists(path)) return File.ReadAllText(path);
        }
        throw new FileNotFoundException("infra/perf/operations/" + name + " not found above " + AppContext.BaseDirectory);
    }
}
