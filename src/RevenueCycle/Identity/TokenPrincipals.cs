using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;
// Inside namespace RevenueCycle, "Claims" is the claims feature, so OpenIddict's claim names get their own alias.
using ClaimNames = OpenIddict.Abstractions.OpenIddictConstants.Claims;

namespace RevenueCycle.Identity;

/// <summary>
/// The identities our tokens are made from. Claim names are the JWT ones (<c>sub</c>, <c>name</c>, <c>role</c>,
/// <c>tenant_id</c>), and each claim says which tokens it goes into: OpenIddict drops a claim without destinations.
/// </summary>
public static class TokenPrincipals
{
    /// <summary>A user's token: their tenant and roles as stored now, so a role change applies at the next refresh.</summary>
    public static async Task<ClaimsPrincipal> ForUserAsync(User user, UserManager<User> users, IEnumerable<string> scopes)
    {
        var identity = NewIdentity()
            .SetClaim(ClaimNames.Subject, user.Id)
            .SetClaim(ClaimNames.Name, user.UserName)
            .SetClaim(ClaimNames.Email, user.Email)
            .SetClaim(RevenueCycleClaims.TenantId, user.TenantId?.ToString())
            .SetClaims(ClaimNames.Role, [.. await users.GetRolesAsync(user)]);
        identity.SetScopes(scopes);
        return Finish(identity);
    }

    /// <summary>An integration's token: its tenant, and the roles its granted scopes stand for (<see cref="ApiScopes"/>).</summary>
    public static ClaimsPrincipal ForClient(string clientId, Guid tenantId, IEnumerable<string> scopes)
    {
        var granted = scopes.ToList();
        var identity = NewIdentity()
            .SetClaim(ClaimNames.Subject, clientId)
            .SetClaim(ClaimNames.Name, clientId)
            .SetClaim(RevenueCycleClaims.TenantId, tenantId.ToString())
            .SetClaims(ClaimNames.Role, [.. ApiScopes.RolesFor(granted)]);
        identity.SetScopes(granted);
        return Finish(identity);
    }

    private static ClaimsIdentity NewIdentity() =>
        new(TokenValidationParameters.DefaultAuthenticationType, ClaimNames.Name, ClaimNames.Role);

    private static ClaimsPrincipal Finish(ClaimsIdentity identity)
    {
        identity.SetAudiences(ApiScopes.Audience);
        identity.SetDestinations(Destinations);
        return new ClaimsPrincipal(identity);
    }

    // The access token carries what the API authorizes with; the identity token (read by the app) what its
    // scopes ask for.
    private static IEnumerable<string> Destinations(Claim claim)
    {
        var identity = claim.Subject!;
        switch (claim.Type)
        {
            case ClaimNames.Subject:
                yield return OpenIddictConstants.Destinations.AccessToken;
                yield return OpenIddictConstants.Destinations.IdentityToken;
                break;
            case ClaimNames.Name or RevenueCycleClaims.TenantId:
                yield return OpenIddictConstants.Destinations.AccessToken;
                if (identity.HasScope(Scopes.Profile)) yield return OpenIddictConstants.Destinations.IdentityToken;
                break;
            case ClaimNames.Email:
                if (identity.HasScope(Scopes.Email)) yield return OpenIddictConstants.Destinations.IdentityToken;
                break;
            case ClaimNames.Role:
                yield return OpenIddictConstants.Destinations.AccessToken;
                if (identity.HasScope(Scopes.Roles)) yield return OpenIddictConstants.Destinations.IdentityToken;
                break;
            // Anything else (Identity's security stamp, OpenIddict's private claims) stays out of the tokens.
        }
    }
}
