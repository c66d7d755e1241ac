using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using RevenueCycle.Coding;
using RevenueCycle.Data;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.Tenancy;

namespace RevenueCycle.Benchmarks;

/// <summary>
/// The query behind <c>codes(search:, system: ICD10CM, first: 20)</c> over the full ICD-10-CM FY2025 set (97,584
/// codes), on SQLite (a temp file, imported in the global setup) and PostgreSQL (the database in
/// REVENUECYCLE_BENCH_POSTGRES, e.g. from <c>bash infra/postgres.sh start</c>; migrated and imported once, then
/// reused). Without that variable the PostgreSQL cases are skipped by the setup throwing. One page of results
/// including its SQL round trip, as a coder's search box triggers it.
/// </summary>
[MemoryDiagnoser]
public class CodeSearchBenchmarks
{
    private static readonly string SqliteFile = Path.Combine(Path.GetTempPath(), "revenuecycle-bench-codes.db");
    private DbContextOptions<RevenueCycleDb> _options = null!;

    public static string? PostgresConnectionString => Environment.GetEnvironmentVariable("REVENUECYCLE_BENCH_POSTGRES");

    [Params(DatabaseProvider.Sqlite, DatabaseProvider.Postgres)]
    public DatabaseProvider Provider { get; set; }

    [Params("E11.9", "E11", "type 2 diabetes", "diabetes without complications", "fracture of femur")]
    public string Search { get; set; } = "";

    /// <summary>Migrates and imports the full ICD-10-CM set (once: a second run finds it imported).</summary>
    public static async Task PrepareAsync(DatabaseProvider provider)
    {
        await using var db = NewDb(Options(provider));
        await db.Database.MigrateAsync();
        var order = Path.Combine(SharedData.Find(), "codesets", "icd10cm", "icd10cm_order_2025.txt");
        var result = await new CodeSetImporter(db, TimeProvider.System).ImportAsync(CodeSetSources.Icd10CmOrderFile(order));
        Console.WriteLine($"// {provider}: {result}");
    }

    [GlobalSetup]
    public void Setup() => _options = Options(Provider);

    private static DbContextOptions<RevenueCycleDb> Options(DatabaseProvider provider) =>
        new DbContextOptionsBuilder<RevenueCycleDb>().UseRevenueCycleDatabase(provider, provider switch
        {
            DatabaseProvider.Sqlite => $"Data Source={SqliteFile}",
            _ => PostgresConnectionString
                ?? throw new InvalidOperationException("Set REVENUECYCLE_BENCH_POSTGRES to a PostgreSQL connection string (bash infra/postgres.sh start)."),
        }).Options;

    [Benchmark]
    public async Task<int> CodeSearch()
    {
        await using var db = NewDb(_options);
        var criteria = new Coding.CodeSearch.Criteria(Search, CodeSystem.Icd10Cm, BillableOnly: false, EffectiveOn: null);
        var page = await Paging.PageByKeysAsync(Coding.CodeSearch.Apply(db, db.Codes.AsNoTracking(), criteria), new PageRequest(20, null, null, null),
            Coding.CodeSearch.Order(Search), CancellationToken.None);
        return page.Edges.Count;
    }

    private static RevenueCycleDb NewDb(DbContextOptions<RevenueCycleDb> options) => new(options, new TenantScope(), TimeProvider.System);
}
