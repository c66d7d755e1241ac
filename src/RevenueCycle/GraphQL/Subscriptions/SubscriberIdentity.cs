using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Identity;
using RevenueCycle.Tenancy;

namespace RevenueCycle.GraphQL.Subscriptions;

/// <summary>What the streaming transports need to know about the principal behind a long-lived connection.</summary>
public static class SubscriberIdentity
{
    /// <summary>Enters the principal's tenant into a fresh scope, as the HTTP pipeline's tenant middleware does.</summary>
    public static void EnterTenant(IServiceProvider services, ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true || !Guid.TryParse(user.FindFirstValue(RevenueCycleClaims.TenantId), out var tenantId)) return;
        var actor = user.FindFirstValue(ClaimTypes.Name) ?? user.FindFirstValue("sub") ?? "unknown";
        services.GetRequiredService<TenantScope>().Enter(tenantId, actor, user.FindFirstValue(RevenueCycleClaims.ClientId));
    }

    /// <summary>
    /// When the credentials behind the principal stop being valid: the earlier of the authentication ticket's
    /// expiry and the token's <c>exp</c> claim (seconds since 1970). Null when neither is known.
    /// </summary>
    public static DateTimeOffset? ExpiresAt(ClaimsPrincipal? user, AuthenticationProperties? properties)
    {
        DateTimeOffset? expires = properties?.ExpiresUtc;
        if (long.TryParse(user?.FindFirstValue("exp"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
        {
            var fromClaim = DateTimeOffset.FromUnixTimeSeconds(seconds);
            if (expires is null || fromClaim < expires) expires = fromClaim;
        }
        return expires;
    }
}
