using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Data;
using RevenueCycle.Infrastructure;

namespace RevenueCycle.Coding;

/// <summary>
/// One API database with code sets imported once for a whole test class: the rebuilt FY2024 ICD-10-CM cut, then the
/// real FY2025 addenda file on top, then the FY2025 order cut (same content, so nothing changes); the 2020 HCPCS
/// file; the CARC, RARC and group lists; the CPT sample. Each import's result is kept for the tests to check.
/// </summary>
public abstract class CodeSetFixture : IAsyncLifetime
{
    public ApiHost Host { get; private set; } = null!;
    public CodeSetTestFiles Files { get; } = new();
    public CodeSetImportResult Fy2024 { get; private set; } = null!;
    public CodeSetImportResult Addenda { get; private set; } = null!;
    public CodeSetImportResult AddendaAgain { get; private set; } = null!;
    public CodeSetImportResult Fy2025Order { get; private set; } = null!;
    public IReadOnlyList<CodeSetImportResult> Hcpcs { get; private set; } = [];

    protected abstract Task<ApiHost> CreateHostAsync();

    public async Task InitializeAsync()
    {
        Host = await CreateHostAsync();
        _ = Host.Server;
        Fy2024 = await ImportAsync(CodeSetSources.Icd10CmOrderFile(Files.Fy2024Order, "FY2024", new DateOnly(2023, 10, 1)));
        Addenda = await ImportAsync(CodeSetSources.Icd10CmAddendaFile(CodeSetTestFiles.AddendaFile));
        AddendaAgain = await ImportAsync(CodeSetSources.Icd10CmAddendaFile(CodeSetTestFiles.AddendaFile));
        Fy2025Order = await ImportAsync(CodeSetSources.Icd10CmOrderFile(Files.Fy2025Order, "FY2025", new DateOnly(2024, 10, 1)));
        var hcpcs = new List<CodeSetImportResult>();
        foreach (var import in CodeSetSources.HcpcsAnnualFile(Files.HcpcsWith1252, "2020", new DateOnly(2020, 1, 1)))
            hcpcs.Add(await ImportAsync(import));
        Hcpcs = hcpcs;
        foreach (var system in new[] { "CARC", "RARC", "CPT" })
            foreach (var import in CodeSetSources.FromFolder(CodeSetTestFiles.Folder, system))
                await ImportAsync(import);
    }

    public async Task<CodeSetImportResult> ImportAsync(CodeSetImport import)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CodeSetImporter>().ImportAsync(import);
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Files.Dispose();
        await DisposeDatabaseAsync();
    }

    protected virtual Task DisposeDatabaseAsync() => Task.CompletedTask;
}

public sealed class SqliteCodeSets : CodeSetFixture
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"revenuecycle-codes-{Guid.NewGuid():N}.db");

    protected override Task<ApiHost> CreateHostAsync() =>
        Task.FromResult(new ApiHost(DatabaseProvider.Sqlite, $"Data Source={_file};Pooling=false"));

    protected override Task DisposeDatabaseAsync()
    {
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" })
            if (File.Exists(file)) File.Delete(file);
        return Task.CompletedTask;
    }
}

public sealed class PostgresCodeSets : CodeSetFixture
{
    protected override async Task<ApiHost> CreateHostAsync()
    {
        var server = await PostgresServer.SharedAsync();
        return new ApiHost(DatabaseProvider.Postgres, await server.CreateDatabaseAsync("codes"));
    }
}
