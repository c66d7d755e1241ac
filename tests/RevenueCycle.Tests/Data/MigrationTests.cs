using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using RevenueCycle.Data;
using RevenueCycle.Infrastructure;

namespace RevenueCycle.Data;

/// <summary>Each provider's checked-in migrations describe the current model exactly.</summary>
public sealed class MigrationTests
{
    public static TheoryData<string> Factories => new()
    {
        typeof(RevenueCycle.Migrations.Sqlite.DesignTimeDbFactory).AssemblyQualifiedName!,
        typeof(RevenueCycle.Migrations.Postgres.DesignTimeDbFactory).AssemblyQualifiedName!,
        typeof(RevenueCycle.Migrations.SqlServer.DesignTimeDbFactory).AssemblyQualifiedName!,
    };

    [Theory]
    [MemberData(nameof(Factories))]
    public void The_model_has_no_changes_missing_from_the_migrations(string factoryType)
    {
        var factory = (IDesignTimeDbContextFactory<RevenueCycleDb>)Activator.CreateInstance(Type.GetType(factoryType)!)!;
        using var db = factory.CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(),
            $"{db.Database.ProviderName}: the model changed without a migration. Run: bash infra/add-migration.sh <Name>");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public async Task PostgreSQL_migrates_from_empty_to_the_latest_version()
    {
        var server = await PostgresServer.SharedAsync();
        var options = new DbContextOptionsBuilder<RevenueCycleDb>()
            .UseRevenueCycleDatabase(DatabaseProvider.Postgres, await server.CreateDatabaseAsync("migrate")).Options;
        await using var db = new RevenueCycleDb(options, new Tenancy.TenantScope(), TimeProvider.System);
        await db.Database.MigrateAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }
}
