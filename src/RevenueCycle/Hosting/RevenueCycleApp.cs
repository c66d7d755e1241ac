using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using RevenueCycle.GraphQL.Http;
using RevenueCycle.GraphQL.Sse;
using RevenueCycle.GraphQL.WebSockets;
using RevenueCycle.Identity;
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
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseTenantScope();
        app.UseAuthorization();
        app.UseGraphQLWebSockets("/graphql");
        app.UseGraphQLSse("/graphql");

        app.MapGet("/", () => Results.Redirect("/graphql")).ExcludeFromDescription();
        app.MapGraphQLHttp("/graphql");
        app.MapX12Endpoints();
        app.MapConnectEndpoints();
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
