using static OpenIddict.Abstractions.OpenIddictConstants;

namespace RevenueCycle.Identity;

/// <summary>
/// The API as an OAuth resource and its scopes. Users act with the roles they hold; an integration (client
/// credentials) acts with the roles its granted scopes stand for, one scope per role — a client granted
/// <c>revenuecycle.billing</c> acts as a BILLER — so the GraphQL authorization rule needs only roles.
/// </summary>
public static class ApiScopes
{
    /// <summary>The <c>aud</c> of every access token; the API accepts no other.</summary>
    public const string Audience = "revenuecycle-api";

    public static readonly IReadOnlyDictionary<string, string> RoleOfScope = new Dictionary<string, string>
    {
        ["revenuecycle.admin"] = Roles.TenantAdmin,
        ["revenuecycle.coding"] = Roles.Coder,
        ["revenuecycle.billing"] = Roles.Biller,
        ["revenuecycle.frontdesk"] = Roles.FrontDesk,
        ["revenuecycle.clinical"] = Roles.Provider,
        ["revenuecycle.audit"] = Roles.Auditor,
    };

    /// <summary>The OpenID Connect scopes the SPA and mobile apps ask for on behalf of a user.</summary>
    public static readonly string[] UserScopes = [Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.Roles, Scopes.OfflineAccess];

    public static IEnumerable<string> All => UserScopes.Concat(RoleOfScope.Keys);

    public static IEnumerable<string> RolesFor(IEnumerable<string> scopes) =>
        scopes.Where(RoleOfScope.ContainsKey).Select(s => RoleOfScope[s]).Distinct();
}
