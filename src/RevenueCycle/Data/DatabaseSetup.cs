using Microsoft.EntityFrameworkCore;

namespace RevenueCycle.Data;

public static class DatabaseSetup
{
    /// <summary>Points EF at the configured provider and that provider's own migrations assembly.</summary>
    public static TBuilder UseRevenueCycleDatabase<TBuilder>(this TBuilder builder, DatabaseProvider provider, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        var migrations = DatabaseOptions.MigrationsAssembly(provider);
        _ = provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString, o => o.MigrationsAssembly(migrations)),
            DatabaseProvider.Postgres => builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(migrations)),
            DatabaseProvider.SqlServer => builder.UseSqlServer(connectionString, o => o.MigrationsAssembly(migrations)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
        return builder;
    }

    public static string DefaultSqliteConnectionString(string contentRoot)
    {
        var folder = Path.Combine(contentRoot, "App_Data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "revenuecycle.db")}";
    }
}
