using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Data;
using RevenueCycle.Identity;
using RevenueCycle.Infrastructure;
using Xunit.Abstractions;

namespace RevenueCycle.Coding;

/// <summary>The whole FY2025 ICD-10-CM order file, imported once on SQLite (the embedded default) for this class.</summary>
public sealed class FullIcd10CmDatabase : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"revenuecycle-icd-{Guid.NewGuid():N}.db");

    public ApiHost Host { get; private set; } = null!;
    public CodeSetImportResult First { get; private set; } = null!;
    public CodeSetImportResult Again { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = new ApiHost(DatabaseProvider.Sqlite, $"Data Source={_file};Pooling=false");
        _ = Host.Server;
        First = await ImportAsync();
        Again = await ImportAsync();
    }

    private async Task<CodeSetImportResult> ImportAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CodeSetImporter>().ImportAsync(CodeSetSources.Icd10CmOrderFile(CodeSetTestFiles.OrderFile));
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }
}

public sealed class FullIcd10CmImportTests(FullIcd10CmDatabase database, ITestOutputHelper output) : IClassFixture<FullIcd10CmDatabase>
{
    [Fact]
    public async Task The_order_file_brings_every_billable_code_and_header_once()
    {
        output.WriteLine(database.First.ToString());
        Assert.Equal((97_584, 0, 0), (database.First.Added, database.First.Changed, database.First.Retired));
        await using var scope = database.Host.Services.CreateAsyncScope();
        var codes = scope.ServiceProvider.GetRequiredService<RevenueCycleDb>().Codes.Where(c => c.System == CodeSystem.Icd10Cm);
        Assert.Equal(74_260, await codes.CountAsync(c => c.Billable));
        Assert.Equal(23_324, await codes.CountAsync(c => !c.Billable));
        Assert.Equal(0, await codes.CountAsync(c => c.EffectiveFrom != new DateOnly(2024, 10, 1) || c.EffectiveTo != null || c.Release != "FY2025"));
    }

    [Fact]
    public void Importing_the_same_file_again_changes_nothing()
    {
        output.WriteLine(database.Again.ToString());
        Assert.True(database.Again.AlreadyImported);
    }

    [Theory]
    [InlineData("E11.9", "E11.9")]
    [InlineData("E119", "E11.9")]
    [InlineData("J06.9", "J06.9")]
    [InlineData("type 2 diabetes", "E11.9")]
    [InlineData("diabetes without complications", "E11.9")]
    [InlineData("essential hypertension", "I10")]
    public async Task Search_ranks_over_the_whole_set(string search, string expected)
    {
        using var client = database.Host.As("coder", "demo", Roles.Coder);
        var watch = Stopwatch.StartNew();
        var data = (await client.GraphQLAsync("query($s: String) { codes(search: $s, system: ICD10CM, first: 10) { nodes { display } } }", new { s = search })).Data();
        output.WriteLine($"{search}: {watch.ElapsedMilliseconds} ms over HTTP in process");
        var found = data["codes"]!["nodes"]!.AsArray().Select(n => n!["display"]!.GetValue<string>()).ToList();
        output.WriteLine(string.Join(", ", found));
        Assert.Contains(expected, found.Take(3));
    }
}
