using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Claims;
using RevenueCycle.Data;
using RevenueCycle.Tenancy;

namespace RevenueCycle.Seeding;

/// <summary>
/// Seeds the demo tenants on an empty database: "demo" (Riverside Family Medicine), the one newcomers use,
/// and "lakeside" (Lakeside Billing Co), a second tenant that isolation tests read across. The data is
/// deterministic — same IDs, names, codes and amounts on every fresh database.
/// </summary>
public static class DemoSeeder
{
    public const string DemoTenant = "demo";
    public const string SecondTenant = "lakeside";
    public const int DemoClaims = 66;

    public static async Task<bool> SeedIfEmptyAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            if (await scope.ServiceProvider.GetRequiredService<RevenueCycleDb>().Tenants.AnyAsync(cancellationToken)) return false;
        }
        await SeedTenantAsync(services, new TenantSeed(DemoTenant, "Riverside Family Medicine", "America/Chicago", DemoClaims), cancellationToken);
        await SeedTenantAsync(services, new TenantSeed(SecondTenant, "Lakeside Billing Co", "America/New_York", 22), cancellationToken);
        return true;
    }

    /// <summary>Adds a tenant with <paramref name="seed"/>.ClaimCount claims; used by the large-data seed too.</summary>
    public static async Task SeedTenantAsync(IServiceProvider services, TenantSeed seed, CancellationToken cancellationToken = default, IProgress<int>? progress = null)
    {
        var generator = new SeedGenerator(seed);
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RevenueCycleDb>();
            scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(generator.Tenant.Id, "seed");
            db.Tenants.Add(generator.Tenant);
            db.AddRange(generator.Reference());
            await db.SaveChangesAsync(cancellationToken);
        }

        const int batch = 2_000;
        var written = 0;
        foreach (var chunk in generator.Visits().Chunk(batch))
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RevenueCycleDb>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            if (db.Database.IsSqlite())
            {
                // SQLite's default page cache (2 MB) is far smaller than the indexes a large seed inserts into with
                // random GUID keys: each insert then re-reads index pages and the seed slows down as the file grows.
                await db.Database.OpenConnectionAsync(cancellationToken);
                await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -262144", cancellationToken); // 256 MB
            }
            scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(generator.Tenant.Id, "seed");
            foreach (var rows in chunk) db.AddRange(rows);
            await db.SaveChangesAsync(cancellationToken);
            written += chunk.Sum(rows => rows.Count(r => r is Claim));
            progress?.Report(written);
        }
    }
}

public sealed record TenantSeed(string Slug, string Name, string TimeZone, int ClaimCount);
