using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using RevenueCycle.GraphQL.Http;
using RevenueCycle.Performance;
using RevenueCycle.Tenancy;

namespace RevenueCycle.Hosting;

/// <summary>The request pipeline and endpoints, shared by Program.cs and the test hosts.</summary>
public static class RevenueCycleApp
{
    public static WebApplication UseRevenueCycle(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler();
        app.UseGraphiQLAssets();
        app.UseAuthentication();
        app.UseTenantScope();
        app.UseAuthorization();

        app.MapGet("/", () => Results.Redirect("/graphql")).ExcludeFromDescription();
        app.MapGraphQLHttp("/graphql");
        app.MapBaselineEndpoint(); // only with Performance:BaselineEndpoint=true (docs/performance.md)
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready"),
            ResultStatusCodes = { [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable },
        });
        return app;
    }
}
