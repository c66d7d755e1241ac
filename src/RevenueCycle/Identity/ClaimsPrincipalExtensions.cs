using System.Security.Claims;

namespace RevenueCycle.Identity;

public static class ClaimsPrincipalExtensions
{
    /// <summary>
    /// The caller's roles, whatever claim type their sign-in uses for them: <c>role</c> in our tokens,
    /// <see cref="ClaimTypes.Role"/> from the Development header.
    /// </summary>
    public static IEnumerable<string> RoleNames(this ClaimsPrincipal user) =>
        user.Identities.SelectMany(i => i.FindAll(i.RoleClaimType)).Select(c => c.Value).Distinct();
}
