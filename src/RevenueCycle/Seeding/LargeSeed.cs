using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RevenueCycle.Data;

namespace RevenueCycle.Seeding;

/// <summary>
/// <c>seed-large --claims 100000 [--tenant big]</c>: migrates, seeds the demo tenants when the database is empty
/// (so the tenant filter has other tenants' rows to skip) and adds one large tenant for the performance harness
/// (docs/performance.md). A tenant that already exists is left as it is, so the command can be rerun.
/// </summary>
public static class LargeSeed
{
    public const string Command = "seed-large";

    public static async Task RunAsync(IServiceProvider services, IReadOnlyList<string> args, ILogger logger, CancellationToken cancellationToken = default)
    {
        var claims = int.Parse(Option(args, "--claims") ?? "100000", CultureInfo.InvariantCulture);
        var slug = Option(args, "--tenant") ?? "big";
        if (claims < 1) throw new ArgumentException("--claims must be at least 1.");

        await DatabaseInitializer.MigrateAsync(services, logger, cancellationToken);
        if (services.GetRequiredService<IOptions<DatabaseOptions>>().Value.SeedDemoData)
            await DemoSeeder.SeedIfEmptyAsync(services, cancellationToken);

        bool exists;
        await using (var scope = services.CreateAsyncScope())
            exists = await scope.ServiceProvider.GetRequiredService<RevenueCycleDb>().Tenants.AnyAsync(t => t.Slug == slug, cancellationToken);
        if (exists)
        {
            logger.LogInformation("Tenant '{Slug}' already exists; nothing seeded", slug);
        }
        else
        {
            var clock = Stopwatch.StartNew();
            var progress = new Progress<int>(n => logger.LogInformation("{Written}/{Total} claims after {Seconds:F0} s", n, claims, clock.Elapsed.TotalSeconds));
            await DemoSeeder.SeedTenantAsync(services, new TenantSeed(slug, "Big Billing Group", "America/Chicago", claims), cancellationToken, progress);
            logger.LogInformation("Seeded tenant '{Slug}' with {Claims} claims in {Seconds:F1} s", slug, claims, clock.Elapsed.TotalSeconds);
        }

        // Planner statistics. Without them SQLite answers a batch load ("lines of these 50 claims") through the
        // TenantId index, reading the whole tenant; with them it uses the ClaimId index (docs/performance.md).
        await using (var scope = services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<RevenueCycleDb>().Database.ExecuteSqlRawAsync("ANALYZE", cancellationToken);
    }

    private static string? Option(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count - 1; i++)
            if (args[i] == name) return args[i + 1];
        return null;
    }
}
