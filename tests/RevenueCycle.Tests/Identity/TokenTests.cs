using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using RevenueCycle.GraphQL;
using RevenueCycle.Infrastructure;
using RevenueCycle.Seeding;

namespace RevenueCycle.Identity;

/// <summary>
/// The OpenID Connect server and the API's token validation, over real HTTP (Kestrel on a loopback port), the way
/// a partner or a front end uses them.
/// </summary>
public sealed class TokenTests(KestrelApi api) : IClassFixture<KestrelApi>
{
    private const string MeAndClaims = "{ me { actor roles clientId tenant { slug } } claims(first: 2) { totalCount } }";

    private ApiHost Host => api.Host;

    [Fact]
    public async Task Discovery_advertises_the_endpoints_flows_and_keys()
    {
        using var client = Host.Anonymous();
        var discovery = JsonNode.Parse(await client.GetStringAsync("/.well-known/openid-configuration"))!;

        var issuer = discovery["issuer"]!.GetValue<string>();
        Assert.Equal($"http://127.0.0.1:{Host.Port}/", issuer);
        Assert.Equal(issuer + "connect/authorize", discovery["authorization_endpoint"]!.GetValue<string>());
        Assert.Equal(issuer + "connect/token", discovery["token_endpoint"]!.GetValue<string>());
        Assert.Equal(issuer + "connect/revoke", discovery["revocation_endpoint"]!.GetValue<string>());
        Assert.Equal(issuer + "connect/logout", discovery["end_session_endpoint"]!.GetValue<string>());
        var grants = discovery["grant_types_supported"]!.AsArray().Select(g => g!.GetValue<string>()).ToList();
        Assert.Contains("authorization_code", grants);
        Assert.Contains("refresh_token", grants);
        Assert.Contains("client_credentials", grants);
        Assert.Contains("S256", discovery["code_challenge_methods_supported"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Contains("revenuecycle.billing", discovery["scopes_supported"]!.AsArray().Select(m => m!.GetValue<string>()));

        // The token's key id is one the JWKS publishes, so a partner can verify it.
        var jwks = JsonNode.Parse(await client.GetStringAsync(discovery["jwks_uri"]!.GetValue<string>()))!;
        var key = Assert.Single(jwks["keys"]!.AsArray())!;
        Assert.Equal("RSA", key["kty"]!.GetValue<string>());
        Assert.Null(key["d"]); // public part only
        var token = new JsonWebToken(await client.ClientTokenAsync());
        Assert.Equal(key["kid"]!.GetValue<string>(), token.Kid);
    }

    [Fact]
    public async Task A_client_credentials_token_carries_tenant_and_scopes_and_reads_that_tenant()
    {
        using var client = Host.Anonymous();
        var token = await client.ClientTokenAsync();

        // A plain signed JWT (not encrypted): partners can inspect it.
        var payload = OAuth.Payload(token);
        Assert.Equal(SeedIds.For("demo:tenant", 0).ToString(), payload[RevenueCycleClaims.TenantId]!.GetValue<string>());
        Assert.Equal(ApiScopes.Audience, payload["aud"]!.GetValue<string>());
        Assert.Equal("demo-integration", payload["client_id"]!.GetValue<string>());
        Assert.Contains("revenuecycle.billing", payload["scope"]!.GetValue<string>());

        using var caller = Host.WithToken(token);
        var data = (await caller.GraphQLAsync(MeAndClaims)).Data();
        Assert.Equal("demo-integration", data["me"]!["actor"]!.GetValue<string>());
        Assert.Equal("demo-integration", data["me"]!["clientId"]!.GetValue<string>());
        Assert.Equal("demo", data["me"]!["tenant"]!["slug"]!.GetValue<string>());
        Assert.Equal(DemoSeeder.DemoClaims, data["claims"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_client_acts_only_with_the_roles_its_scopes_stand_for()
    {
        using var client = Host.Anonymous();
        using var frontDesk = Host.WithToken(await client.ClientTokenAsync(scope: "revenuecycle.frontdesk"));

        var me = (await frontDesk.GraphQLAsync("{ me { roles } }")).Data();
        Assert.Equal(["FRONT_DESK"], me["me"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal([AuthorizationRule.NotAuthorized], (await frontDesk.GraphQLAsync("{ claims(first: 1) { totalCount } }")).ErrorCodes());
    }

    [Fact]
    public async Task Bad_client_credentials_and_unknown_scopes_get_no_token()
    {
        using var client = Host.Anonymous();
        var (status, body) = await client.TokenAsync(("grant_type", "client_credentials"), ("client_id", "demo-integration"), ("client_secret", "wrong"));
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("invalid_client", body["error"]!.GetValue<string>());

        (status, body) = await client.TokenAsync(("grant_type", "client_credentials"), ("client_id", "demo-integration"),
            ("client_secret", "demo-integration-secret"), ("scope", "revenuecycle.billing openid"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_scope", body["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Anonymous_forged_and_wrong_audience_tokens_are_not_authenticated()
    {
        using (var anonymous = Host.Anonymous())
            Assert.Equal([AuthorizationRule.NotAuthenticated, AuthorizationRule.NotAuthenticated], (await anonymous.GraphQLAsync(MeAndClaims)).ErrorCodes());

        using var client = Host.Anonymous();
        var genuine = new JsonWebToken(await client.ClientTokenAsync());
        var claims = genuine.Claims.Where(c => c.Type is not ("exp" or "iat" or "nbf")).ToList();

        // The same claims, signed by a key that is not ours.
        using var otherKey = RSA.Create(2048);
        var forged = Mint(claims, new RsaSecurityKey(otherKey) { KeyId = genuine.Kid }, ApiScopes.Audience, genuine.Issuer);
        using (var caller = Host.WithToken(forged))
            Assert.Equal([AuthorizationRule.NotAuthenticated], (await caller.GraphQLAsync("{ me { actor } }")).ErrorCodes());

        // Our own key, but meant for another API.
        var ourKey = ServerKeys.Signing(new ServerKeyOptions { Generate = true }, Host.Services.GetRequiredService<IWebHostEnvironment>().ContentRootPath);
        var otherAudience = Mint(claims.Where(c => c.Type != "aud"), ourKey, "another-api", genuine.Issuer);
        using (var caller = Host.WithToken(otherAudience))
            Assert.Equal([AuthorizationRule.NotAuthenticated], (await caller.GraphQLAsync("{ me { actor } }")).ErrorCodes());

        // Control: the same minting with the right audience is accepted, so the audience alone made the difference.
        var rightAudience = Mint(claims.Where(c => c.Type != "aud"), ourKey, ApiScopes.Audience, genuine.Issuer);
        using (var caller = Host.WithToken(rightAudience))
            Assert.Empty((await caller.GraphQLAsync("{ me { actor } }")).ErrorCodes());
    }

    [Fact]
    public async Task A_revoked_access_token_stops_working_at_once()
    {
        using var client = Host.Anonymous();
        var token = await client.ClientTokenAsync();
        using var caller = Host.WithToken(token);
        Assert.Empty((await caller.GraphQLAsync("{ me { actor } }")).ErrorCodes());

        var revoke = await client.PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = token, ["token_type_hint"] = "access_token",
            ["client_id"] = "demo-integration", ["client_secret"] = "demo-integration-secret",
        }));
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        Assert.Equal([AuthorizationRule.NotAuthenticated], (await caller.GraphQLAsync("{ me { actor } }")).ErrorCodes());
    }

    [Fact]
    public async Task The_development_header_still_signs_in_tests()
    {
        using var biller = Host.Biller();
        var data = (await biller.GraphQLAsync("{ me { actor roles } }")).Data();
        Assert.Equal("biller", data["me"]!["actor"]!.GetValue<string>());
    }

    // A token as OpenIddict would write it (typ at+jwt), with the given key and audience: what an attacker could try.
    private string Mint(IEnumerable<Claim> claims, SecurityKey key, string audience, string issuer)
    {
        var now = Host.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims.Where(c => c.Type is not ("iss" or "aud"))),
            Issuer = issuer,
            Audience = audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(10),
            TokenType = "at+jwt",
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }
}
