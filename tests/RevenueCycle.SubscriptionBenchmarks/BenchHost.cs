using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using RevenueCycle.Data;
using RevenueCycle.Infrastructure;

namespace RevenueCycle.SubscriptionBenchmarks;

/// <summary>The real API (Program + AddRevenueCycle) on Kestrel and a loopback port, as in the integration tests.</summary>
public sealed class BenchHost : WebApplicationFactory<Program>
{
    private readonly string _connectionString;
    private readonly Dictionary<string, string?> _settings;

    public BenchHost(string sqliteFile, Dictionary<string, string?> settings)
    {
        _connectionString = $"Data Source={sqliteFile}"; // pooled, as in production
        _settings = settings;
        // WebApplicationFactory looks for the host's folder beside the solution; ours is under src/.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_REVENUECYCLE_API", Path.Combine(FindRoot(), "src", "RevenueCycle.Api"));
        Port = FreePort.Next();
        UseKestrel(Port);
        StartServer();
    }

    public int Port { get; }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "RevenueCycle.Api.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("RevenueCycle.Api.sln not found above " + AppContext.BaseDirectory);
    }
    public Uri WebSocketUri => new($"ws://127.0.0.1:{Port}/graphql");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", nameof(DatabaseProvider.Sqlite));
        builder.UseSetting("Database:ConnectionString", _connectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Authentication:Development:Enabled", "true");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Subscriptions:MaxBufferedMessages", "1024");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
    }
}
