using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using RevenueCycle.Data;
using static OpenIddict.Abstractions.OpenIddictConstants;
using ClaimNames = OpenIddict.Abstractions.OpenIddictConstants.Claims;

namespace RevenueCycle.Identity;

/// <summary>
/// The parts of the OpenID Connect server that are ours to decide (OpenIddict validates the requests first and
/// handles discovery, JWKS and revocation itself): who the user is, which client acts in which tenant, and what
/// goes into the tokens.
/// </summary>
public static class ConnectEndpoints
{
    private static readonly string ServerScheme = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme;

    public static IEndpointRouteBuilder MapConnectEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], (Delegate)AuthorizeAsync).ExcludeFromDescription();
        endpoints.MapPost("/connect/token", TokenAsync).ExcludeFromDescription();
        endpoints.MapMethods("/connect/logout", [HttpMethods.Get, HttpMethods.Post], (Delegate)LogoutAsync).ExcludeFromDescription();
        SignInPage.Map(endpoints);
        return endpoints;
    }

    // Authorization code + PKCE: a signed-in user (the sign-in page's cookie) gets a code for the app. Our apps
    // are first-party, so there is no consent screen.
    private static async Task<IResult> AuthorizeAsync(HttpContext http, UserManager<User> users)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var cookie = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = cookie.Principal is { } signedIn ? await users.GetUserAsync(signedIn) : null;
        if (user is null || !user.IsActive || request.HasPromptValue(PromptValues.Login))
        {
            if (request.HasPromptValue(PromptValues.None))
                return Forbid(Errors.LoginRequired, "The user is not signed in.");
            // Back here after signing in, with the same parameters (a POSTed request's form becomes the query).
            var parameters = http.Request.HasFormContentType ? http.Request.Form.ToList() : http.Request.Query.ToList();
            parameters.RemoveAll(p => p.Key == Parameters.Prompt);
            return Results.Challenge(new AuthenticationProperties { RedirectUri = http.Request.PathBase + http.Request.Path + QueryString.Create(parameters) },
                [IdentityConstants.ApplicationScheme]);
        }

        var principal = await TokenPrincipals.ForUserAsync(user, users, request.GetScopes().Intersect(ApiScopes.UserScopes));
        return Results.SignIn(principal, authenticationScheme: ServerScheme);
    }

    private static async Task<IResult> TokenAsync(HttpContext http, UserManager<User> users, RevenueCycleDb db)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (request.IsClientCredentialsGrantType()) return await ClientTokenAsync(request, db, http.RequestAborted);
        if (!request.IsAuthorizationCodeGrantType() && !request.IsRefreshTokenGrantType())
            return Forbid(Errors.UnsupportedGrantType, "This grant type is not supported.");

        // The code or refresh token was validated by OpenIddict; the user may have changed since it was issued.
        var granted = (await http.AuthenticateAsync(ServerScheme)).Principal ?? throw new InvalidOperationException("No principal in the grant.");
        var user = await users.FindByIdAsync(granted.GetClaim(ClaimNames.Subject) ?? "");
        if (user is null || !user.IsActive || await users.IsLockedOutAsync(user))
            return Forbid(Errors.InvalidGrant, "The user can no longer sign in.");
        // Fresh roles and tenant from the database: a role change takes effect at the next refresh.
        return Results.SignIn(await TokenPrincipals.ForUserAsync(user, users, granted.GetScopes()), authenticationScheme: ServerScheme);
    }

    // Client credentials: OpenIddict has checked the secret and that every requested scope is among the client's
    // permissions. No scope asked means all the client was granted.
    private static async Task<IResult> ClientTokenAsync(OpenIddictRequest request, RevenueCycleDb db, CancellationToken cancellationToken)
    {
        // Before a token there is no tenant in scope, so the tenant filter is bypassed for this one look-up by key.
        var client = await db.ApiClients.IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(c => c.ClientId == request.ClientId, cancellationToken);
        if (client is null || client.RevokedAt is not null)
            return Forbid(Errors.InvalidClient, "This client is not an integration of any tenant.");
        var asked = request.GetScopes();
        var scopes = asked.IsEmpty ? client.ScopeList : asked.Intersect(client.ScopeList).ToList();
        if (!asked.IsEmpty && scopes.Count != asked.Length)
            return Forbid(Errors.InvalidScope, "The client may not ask for some of these scopes.");
        return Results.SignIn(TokenPrincipals.ForClient(client.ClientId, client.TenantId, scopes), authenticationScheme: ServerScheme);
    }

    private static async Task<IResult> LogoutAsync(HttpContext http)
    {
        await http.SignOutAsync(IdentityConstants.ApplicationScheme);
        // OpenIddict redirects to the client's registered post_logout_redirect_uri when one was given.
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [ServerScheme]);
    }

    private static IResult Forbid(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [ServerScheme]);
}
