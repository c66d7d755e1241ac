using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RevenueCycle.Coding;
using RevenueCycle.Seeding;

namespace RevenueCycle.Data;

/// <summary>Start-up work on the database: migrate (when configured) and seed the demo tenants when empty.</summary>
public static class DatabaseInitializer
{
    public static async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));
        if (options.ShouldMigrateOnStartup) await MigrateAsync(services, logger, cancellationToken);
        if (options.SeedDemoData && await DemoSeeder.SeedIfEmptyAsync(services, cancellationToken))
        {
            logger.LogInformation("Seeded the demo tenants '{Demo}' and '{Second}'", DemoSeeder.DemoTenant, DemoSeeder.SecondTenant);
            await IdentitySeeder.SeedAsync(services, cancellationToken);
        }
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RevenueCycleDb>();
            if (db.Database.IsSqlite()) await SqliteStatistics.RefreshAsync(db, cancellationToken);
        }
        if (options.ShouldImportCodeSets) services.GetRequiredService<CodeSetStartupImport>().Start(cancellationToken);
    }

    public static async Task MigrateAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RevenueCycleDb>();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count == 0) return;
        logger.LogInformation("Applying {Count} migration(s) on {Provider}", pending.Count, db.Database.ProviderName);
        await db.Database.MigrateAsync(cancellationToken);
    }
}
