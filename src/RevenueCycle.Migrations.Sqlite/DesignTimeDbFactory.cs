using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using RevenueCycle.Data;
using RevenueCycle.Tenancy;

namespace RevenueCycle.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the Sqlite model without a running server.</summary>
public sealed class DesignTimeDbFactory : IDesignTimeDbContextFactory<RevenueCycleDb>
{
    public RevenueCycleDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<RevenueCycleDb>()
            .UseRevenueCycleDatabase(DatabaseProvider.Sqlite, "Data Source=design.db")
            .Options;
        return new RevenueCycleDb(options, new TenantScope(), TimeProvider.System);
    }
}
