using System.Data.Common;
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
            DatabaseProvider.Postgres => builder.UseNpgsql(WithStatementPreparation(connectionString), o => o.MigrationsAssembly(migrations)),
            DatabaseProvider.SqlServer => builder.UseSqlServer(connectionString, o => o.MigrationsAssembly(migrations)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
        return builder;
    }

    /// <summary>Statements a PostgreSQL connection keeps prepared unless the connection string says otherwise.</summary>
    public const int PreparedStatementsPerConnection = 64;

    /// <summary>
    /// The connection string with Npgsql's automatic preparation on: a statement a pooled connection has run a few times
    /// (the sign-in look-up, a page, its batched loads: the same few on every request) is prepared on the server, which
    /// then stops parsing and planning it again. Without it PostgreSQL's own work per W2 request was about 2.5 ms against
    /// W1's 1 ms (docs/performance.md, fix 26). A "Max Auto Prepare" already in the string is kept: 0 turns it off, as
    /// a PgBouncer in transaction mode before 1.21 needs.
    /// </summary>
    public static string WithStatementPreparation(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var set = given.Keys.Cast<string>().Any(k => k.Replace(" ", "").Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase));
        return set ? connectionString : connectionString.TrimEnd(';', ' ') + $";Max Auto Prepare={PreparedStatementsPerConnection}";
    }

    public static string DefaultSqliteConnectionString(string contentRoot)
    {
        var folder = Path.Combine(contentRoot, "App_Data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "revenuecycle.db")}";
    }
}
