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

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RevenueCycleDb>();
            if (await db.Tenants.AnyAsync(t => t.Slug == slug, cancellationToken))
            {
                logger.LogInformation("Tenant '{Slug}' already exists; nothing seeded", slug);
                return;
            }
        }

        var clock = Stopwatch.StartNew();
        var progress = new Progress<int>(n => logger.LogInformation("{Written}/{Total} claims after {Seconds:F0} s", n, claims, clock.Elapsed.TotalSeconds));
        await DemoSeeder.SeedTenantAsync(services, new TenantSeed(slug, "Big Billing Group", "America/Chicago", claims), cancellationToken, progress);
        logger.LogInformation("Seeded tenant '{Slug}' with {Claims} claims in {Seconds:F1} s", slug, claims, clock.Elapsed.TotalSeconds);
    }

    private static string? Option(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count - 1; i++)
            if (args[i] == name) return args[i + 1];
        return null;
    }
}
