using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using RevenueCycle.Data;
using RevenueCycle.Identity;
using static OpenIddict.Abstractions.OpenIddictConstants;
using ClaimNames = OpenIddict.Abstractions.OpenIddictConstants.Claims;

namespace RevenueCycle.GraphQL.Subscriptions;

/// <summary>
/// What a long-lived connection's principal may still do, read fresh from the database: <see cref="Refused"/> when
/// its credentials no longer hold, otherwise the roles it still has.
/// </summary>
public sealed record SubscriberStanding(string? Refused, IReadOnlySet<string> Roles)
{
    /// <summary>Why a subscription that needs one of <paramref name="required"/> must end now; null while it may go on.</summary>
    public SubscriberDenial? Denies(IReadOnlyCollection<string> required)
    {
        if (Refused is not null) return new SubscriberDenial(Refused, AuthorizationRule.NotAuthenticated, EndsConnection: true);
        if (required.Count > 0 && !required.Any(Roles.Contains))
            return new SubscriberDenial($"Your roles no longer allow this subscription (allowed: {string.Join(", ", required)}).",
                AuthorizationRule.NotAuthorized, EndsConnection: false);
        return null;
    }
}

/// <param name="EndsConnection">The credentials themselves are gone (not just a role): nothing on the connection may go on.</param>
public sealed record SubscriberDenial(string Message, string Code, bool EndsConnection);

/// <summary>
/// Re-reads what the principal behind a subscription rests on, since its token was checked at connect time:
/// for a bearer token, that its entry in OpenIddict's token table is still valid (not revoked; deactivating a
/// user or revoking a client removes or revokes their tokens); for a user, that the user is still active and which
/// of the token's roles ASP.NET Identity still gives them; for an integration client, that it is not revoked and
/// which of the token's roles its scopes still stand for. A role is kept only while the token and the database
/// both say so: a role granted since does not widen an old token.
/// </summary>
public sealed class SubscriberRecheck(IServiceScopeFactory scopes, ILogger<SubscriberRecheck> logger)
{
    public async Task<SubscriberStanding> CheckAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var tokenRoles = user.RoleNames().ToHashSet(StringComparer.Ordinal);
        // The Development header has nothing stored behind it to re-read; anonymous callers hold no roles anyway.
        if (user.Identity?.IsAuthenticated != true || user.Identity.AuthenticationType == DevelopmentAuthentication.SchemeName)
            return new SubscriberStanding(null, tokenRoles);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;

            if (user.GetClaim(ClaimNames.Private.TokenId) is { } tokenId)
            {
                var tokens = services.GetRequiredService<IOpenIddictTokenManager>();
                var token = await tokens.FindByIdAsync(tokenId, cancellationToken);
                if (token is null || !await tokens.HasStatusAsync(token, Statuses.Valid, cancellationToken))
                    return Refuse("token revoked");
            }

            var subject = user.GetClaim(ClaimNames.Subject);
            var clientId = user.GetClaim(RevenueCycleClaims.ClientId);
            if (subject is null) return Refuse("the token names no subject");
            // Client credentials tokens name the client as their subject (TokenPrincipals.ForClient).
            if (subject == clientId) return await ClientAsync(services, user, clientId, tokenRoles, cancellationToken);

            var users = services.GetRequiredService<UserManager<User>>();
            var person = await users.FindByIdAsync(subject);
            if (person is null || !person.IsActive) return Refuse("user deactivated");
            if (await users.IsLockedOutAsync(person)) return Refuse("user locked out");
            tokenRoles.IntersectWith(await users.GetRolesAsync(person));
            return new SubscriberStanding(null, tokenRoles);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A database hiccup must not end every subscription on the instance: keep the token's roles until the
            // next check, which decides again.
            logger.LogWarning(e, "Could not re-check a subscriber's credentials; keeping them until the next check");
            return new SubscriberStanding(null, tokenRoles);
        }
    }

    private static async Task<SubscriberStanding> ClientAsync(IServiceProvider services, ClaimsPrincipal user, string clientId,
        HashSet<string> tokenRoles, CancellationToken cancellationToken)
    {
        // No tenant is in scope here: look the client up by key, then check it is the token's tenant's.
        var client = await services.GetRequiredService<RevenueCycleDb>().ApiClients.IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(c => c.ClientId == clientId, cancellationToken);
        if (client is null || client.RevokedAt is not null || client.TenantId.ToString() != user.GetClaim(RevenueCycleClaims.TenantId))
            return Refuse("client revoked");
        tokenRoles.IntersectWith(ApiScopes.RolesFor(client.ScopeList));
        return new SubscriberStanding(null, tokenRoles);
    }

    private static SubscriberStanding Refuse(string reason) => new(reason, new HashSet<string>());
}
