using Microsoft.EntityFrameworkCore;
using RevenueCycle.Infrastructure;

namespace RevenueCycle.Data;

/// <summary>PostgreSQL connections keep their repeated statements prepared (fix 26), unless the connection string says not to.</summary>
public sealed class StatementPreparationTests
{
    [Theory]
    [InlineData("Host=db;Database=rc", "Host=db;Database=rc;Max Auto Prepare=64")]
    [InlineData("Host=db;Database=rc;", "Host=db;Database=rc;Max Auto Prepare=64")]
    [InlineData("Host=db;Max Auto Prepare=0", "Host=db;Max Auto Prepare=0")]
    [InlineData("Host=db;maxautoprepare=8", "Host=db;maxautoprepare=8")]
    public void Preparation_is_added_unless_the_connection_string_sets_it(string given, string used) =>
        Assert.Equal(used, DatabaseSetup.WithStatementPreparation(given));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_query_run_repeatedly_is_prepared_on_the_server_unless_turned_off(bool preparation)
    {
        var server = await PostgresServer.SharedAsync();
        var connectionString = await server.CreateDatabaseAsync("prepare") + (preparation ? "" : ";Max Auto Prepare=0");
        var options = new DbContextOptionsBuilder<RevenueCycleDb>().UseRevenueCycleDatabase(DatabaseProvider.Postgres, connectionString).Options;
        var scope = new Tenancy.TenantScope();
        scope.Enter(Guid.CreateVersion7(), "test");
        await using var db = new RevenueCycleDb(options, scope, TimeProvider.System);
        await db.Database.MigrateAsync();
        await db.Database.OpenConnectionAsync(); // one session, so its prepared statements are visible below
        for (var i = 0; i < 10; i++) await db.Claims.Where(c => c.Number == "C-" + i).ToListAsync();

        var prepared = await db.Database.SqlQueryRaw<string>("""SELECT statement AS "Value" FROM pg_prepared_statements""").ToListAsync();
        if (preparation) Assert.Contains(prepared, s => s.Contains("\"Claims\""));
        else Assert.DoesNotContain(prepared, s => s.Contains("\"Claims\""));
    }
}
