using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RevenueCycle.Data;
using RevenueCycle.Tenancy;

namespace RevenueCycle.Seeding;

/// <summary>
/// <c>seed-large --claims 100000 [--tenant big] [--client-secret-file PATH]</c>: migrates, seeds the demo tenants when
/// the database is empty (so the tenant filter has other tenants' rows to skip) and adds one large tenant for the
/// performance harness (docs/performance.md). A tenant that already exists is left as it is, so the command can be
/// rerun. With <c>--client-secret-file</c> the tenant also gets an integration client (<c>{tenant}-integration</c>),
/// whose secret is replaced by a new random one on every run and written to PATH: the harness signs in with real
/// tokens, as a partner does, and no known secret is ever stored.
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

        if (Option(args, "--client-secret-file") is { } secretFile)
        {
            Tenant tenant;
            await using (var scope = services.CreateAsyncScope())
                tenant = await scope.ServiceProvider.GetRequiredService<RevenueCycleDb>().Tenants.AsNoTracking().SingleAsync(t => t.Slug == slug, cancellationToken);
            var secret = ApiClientMutations.NewSecret();
            await IdentitySeeder.IntegrationClientAsync(services, tenant, secret, replaceSecret: true, cancellationToken);
            await File.WriteAllTextAsync(secretFile, secret, cancellationToken);
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(secretFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            logger.LogInformation("Integration client {ClientId}: new secret written to {File}", IdentitySeeder.IntegrationClientId(slug), secretFile);
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
