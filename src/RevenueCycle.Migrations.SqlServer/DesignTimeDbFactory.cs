using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using RevenueCycle.Data;
using RevenueCycle.Tenancy;

namespace RevenueCycle.Migrations.SqlServer;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SqlServer model without a running server.</summary>
public sealed class DesignTimeDbFactory : IDesignTimeDbContextFactory<RevenueCycleDb>
{
    public RevenueCycleDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<RevenueCycleDb>()
            .UseRevenueCycleDatabase(DatabaseProvider.SqlServer, "Server=localhost;Database=RevenueCycle;Trusted_Connection=True;TrustServerCertificate=True")
            .Options;
        return new RevenueCycleDb(options, new TenantScope(), TimeProvider.System);
    }
}
