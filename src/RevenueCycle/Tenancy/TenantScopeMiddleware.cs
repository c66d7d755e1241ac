using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Identity;

namespace RevenueCycle.Tenancy;

/// <summary>Puts the authenticated caller's tenant into the request's <see cref="TenantScope"/>.</summary>
public static class TenantScopeMiddleware
{
    public static IApplicationBuilder UseTenantScope(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var user = http.User;
        if (user.Identity?.IsAuthenticated == true && Guid.TryParse(user.FindFirstValue(RevenueCycleClaims.TenantId), out var tenantId))
        {
            // The user name (e-mail) for people, the client id for integrations.
            var actor = user.Identity.Name ?? user.FindFirstValue("sub") ?? "unknown";
            http.RequestServices.GetRequiredService<TenantScope>().Enter(tenantId, actor, user.FindFirstValue(RevenueCycleClaims.ClientId));
        }
        await next(http);
    });
}
