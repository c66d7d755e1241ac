using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace RevenueCycle.Identity;

/// <summary>How a partner integration is registered with the OpenID Connect server.</summary>
public static class IntegrationClients
{
    /// <summary>
    /// A confidential client that may only use client credentials (and revoke its own tokens), for the given
    /// API scopes. OpenIddict stores a hash of <paramref name="secret"/>, never the secret itself.
    /// </summary>
    public static OpenIddictApplicationDescriptor Descriptor(string clientId, string displayName, string secret, IEnumerable<string> scopes)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            DisplayName = displayName,
            ClientType = ClientTypes.Confidential,
            Permissions = { Permissions.Endpoints.Token, Permissions.Endpoints.Revocation, Permissions.GrantTypes.ClientCredentials },
        };
        SetScopes(descriptor, scopes);
        return descriptor;
    }

    public static void SetScopes(OpenIddictApplicationDescriptor descriptor, IEnumerable<string> scopes)
    {
        descriptor.Permissions.RemoveWhere(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal));
        foreach (var scope in scopes) descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
    }
}
