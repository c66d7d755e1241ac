using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using RevenueCycle.Claims;

namespace RevenueCycle.Data;

/// <summary>
/// The lists keep the JSON text EF Core's primitive collections wrote before <see cref="JsonListConverter{T}"/>, so rows
/// written by either read the same.
/// </summary>
public sealed class JsonListConverterTests
{
    [Fact]
    public void Writes_and_reads_the_primitive_collection_format()
    {
        var strings = new JsonListConverter<string>();
        var ints = new JsonListConverter<int>();
        Assert.Equal("""["25","59"]""", strings.ConvertToProvider(new List<string> { "25", "59" }));
        Assert.Equal("[1,2]", ints.ConvertToProvider(new List<int> { 1, 2 }));
        Assert.Equal("[]", strings.ConvertToProvider(new List<string>()));
        Assert.Equal(["25", "59"], (List<string>)strings.ConvertFromProvider("""["25","59"]""")!);
        Assert.Equal([1, 2], (List<int>)ints.ConvertFromProvider("[1,2]")!);
        Assert.Empty((List<int>)ints.ConvertFromProvider("[]")!);
    }

    // The hand-read path (fix 21) must read every text the way the serializer does, or leave it to the serializer.
    [Theory]
    [InlineData("[]")]
    [InlineData("[0]")]
    [InlineData("[1,2]")]
    [InlineData("[-7,12,300]")]
    [InlineData("[2147483647,-2147483648]")]
    [InlineData("[ 1, 2 ]")]
    [InlineData("[1.0]")]
    [InlineData("[01]")]
    [InlineData("[-0]")]
    [InlineData("[+1]")]
    [InlineData("[1,]")]
    [InlineData("[,1]")]
    [InlineData("[2147483648]")]
    [InlineData("[1e2]")]
    public void Reads_int_lists_as_the_serializer_does(string json) => ReadsAsTheSerializerDoes(json, JsonListConverter<int>.FlatInts(json));

    [Theory]
    [InlineData("[]")]
    [InlineData("""["25"]""")]
    [InlineData("""["25","59","GT"]""")]
    [InlineData("""[""]""")]
    [InlineData("""["a\"b"]""")]
    [InlineData("""["\u00E9","x"]""")]
    [InlineData("""["25", "59"]""")]
    [InlineData("""["25",]""")]
    [InlineData("""["25"]x""")]
    [InlineData("""[null]""")]
    [InlineData("""[25]""")]
    [InlineData("""["25""")]
    [InlineData("""["a,b","c]"]""")]
    public void Reads_string_lists_as_the_serializer_does(string json) => ReadsAsTheSerializerDoes(json, JsonListConverter<string>.FlatStrings(json));

    private static void ReadsAsTheSerializerDoes<T>(string json, List<T>? readByHand)
    {
        var serializer = Try(() => JsonSerializer.Deserialize<List<T>>(json));
        var converter = Try(() => (List<T>?)new JsonListConverter<T>().ConvertFromProvider(json));
        Assert.Equal(serializer.Error, converter.Error);
        if (serializer.Error is null) Assert.Equal(serializer.Value, converter.Value);
        // Only the shapes the converter writes are read by hand; the rest are the serializer's to accept or refuse.
        if (readByHand is not null) Assert.Equal(serializer.Value, readByHand);
    }

    private static (T? Value, Type? Error) Try<T>(Func<T?> read)
    {
        try { return (read(), null); }
        catch (Exception e) { return (default, e.GetType()); }
    }

    [Fact]
    public async Task Reads_and_writes_exactly_what_EF_Cores_own_primitive_collections_wrote()
    {
        var file = Path.Combine(Path.GetTempPath(), $"revenuecycle-lists-ef-{Guid.NewGuid():N}.db");
        try
        {
            List<string> strings = ["25", "é", "a\"b", "<x>"];
            List<int> ints = [1, -2, 300];
            await using (var db = new PrimitiveListsDb(file))
            {
                await db.Database.EnsureCreatedAsync();
                db.Rows.Add(new ListRow { Strings = strings, Ints = ints });
                await db.SaveChangesAsync();
            }
            await using var connection = new SqliteConnection($"Data Source={file}");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """SELECT "Strings", "Ints" FROM "Rows" """;
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            Assert.Equal(reader.GetString(0), new JsonListConverter<string>().ConvertToProvider(strings));
            Assert.Equal(reader.GetString(1), new JsonListConverter<int>().ConvertToProvider(ints));
            Assert.Equal(strings, (List<string>)new JsonListConverter<string>().ConvertFromProvider(reader.GetString(0))!);
            Assert.Equal(ints, (List<int>)new JsonListConverter<int>().ConvertFromProvider(reader.GetString(1))!);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    // EF Core's own mapping of lists (primitive collections), as the rows were written before JsonListConverter.
    private sealed class PrimitiveListsDb(string file) : DbContext
    {
        public DbSet<ListRow> Rows => Set<ListRow>();

        protected override void OnConfiguring(DbContextOptionsBuilder options) => options.UseSqlite($"Data Source={file}");
    }

    private sealed class ListRow
    {
        public int Id { get; set; }
        public List<string> Strings { get; set; } = [];
        public List<int> Ints { get; set; } = [];
    }

    [Fact]
    public void A_changed_list_is_saved_and_an_unchanged_one_is_not()
    {
        var comparer = new ListComparer<string>();
        var before = new List<string> { "25" };
        var snapshot = comparer.Snapshot(before);
        before.Add("59");
        Assert.False(comparer.Equals(before, snapshot));
        Assert.True(comparer.Equals(new List<string> { "25", "59" }, before));
    }

    [Fact]
    public async Task A_claim_line_round_trips_through_SQLite_as_the_same_text()
    {
        var file = Path.Combine(Path.GetTempPath(), $"revenuecycle-lists-{Guid.NewGuid():N}.db");
        try
        {
            var options = new DbContextOptionsBuilder<RevenueCycleDb>().UseRevenueCycleDatabase(DatabaseProvider.Sqlite, $"Data Source={file}").Options;
            var scope = new Tenancy.TenantScope();
            var tenant = Guid.CreateVersion7();
            scope.Enter(tenant, "test");
            var line = new ClaimLine { ClaimId = Guid.CreateVersion7(), LineNumber = 1, ProcedureCode = "99213", Modifiers = ["25", "59"], DiagnosisPointers = [1, 2] };
            await using (var db = new RevenueCycleDb(options, scope, TimeProvider.System))
            {
                await db.Database.ExecuteSqlRawAsync("""
                    CREATE TABLE "ClaimLines" ("Id" TEXT PRIMARY KEY, "Charge" INTEGER NOT NULL, "ClaimId" TEXT NOT NULL, "DiagnosisPointers" TEXT NOT NULL,
                        "LineNumber" INTEGER NOT NULL, "Modifiers" TEXT NOT NULL, "ProcedureCode" TEXT NOT NULL, "RevenueCode" TEXT NULL,
                        "ServiceDate" TEXT NOT NULL, "TenantId" TEXT NOT NULL, "Units" INTEGER NOT NULL)
                    """);
                db.ClaimLines.Add(line);
                await db.SaveChangesAsync();
            }
            await using (var connection = new SqliteConnection($"Data Source={file}"))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = """SELECT "Modifiers" || ' ' || "DiagnosisPointers" FROM "ClaimLines" """;
                Assert.Equal("""["25","59"] [1,2]""", await command.ExecuteScalarAsync());
            }
            await using (var db = new RevenueCycleDb(options, scope, TimeProvider.System))
            {
                var read = await db.ClaimLines.AsNoTracking().SingleAsync(l => l.Id == line.Id);
                Assert.Equal(["25", "59"], read.Modifiers);
                Assert.Equal([1, 2], read.DiagnosisPointers);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }
}
