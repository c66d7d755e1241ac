namespace RevenueCycle.Data;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    /// <summary>Defaults to an SQLite file under App_Data for the embedded provider; required for the others.</summary>
    public string? ConnectionString { get; set; }
    /// <summary>Apply pending migrations at start-up. On by default for SQLite; otherwise run <c>--migrate</c>.</summary>
    public bool? MigrateOnStartup { get; set; }
    /// <summary>Seed the demo tenant when the database is empty.</summary>
    public bool SeedDemoData { get; set; } = true;
    /// <summary>
    /// Import the code sets a database lacks from shared/data at start-up, in the background. On by default only for
    /// the embedded SQLite default (no connection string configured); elsewhere run <c>import-codes</c>.
    /// </summary>
    public bool? ImportCodeSets { get; set; }

    public bool ShouldImportCodeSets => ImportCodeSets ?? (Provider == DatabaseProvider.Sqlite && ConnectionString is null);

    public bool ShouldMigrateOnStartup => MigrateOnStartup ?? Provider == DatabaseProvider.Sqlite;

    public static string MigrationsAssembly(DatabaseProvider provider) => "RevenueCycle.Migrations." + provider;
}
