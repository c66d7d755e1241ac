using System.Net;
using RevenueCycle.Infrastructure;
using RevenueCycle.Seeding;

namespace RevenueCycle.Identity;

/// <summary>
/// A user signing in through the SPA's authorization code + PKCE flow, driven by an HTTP client that follows the
/// form like a browser; then refresh, revocation and sign-out.
/// </summary>
public sealed class SignInFlowTests(KestrelApi api) : IClassFixture<KestrelApi>
{
    private ApiHost Host => api.Host;

    private HttpClient Browser() => OAuth.Browser(new Uri($"http://127.0.0.1:{Host.Port}"));

    [Fact]
    public async Task Password_sign_in_gives_a_code_that_PKCE_turns_into_tokens_for_the_users_roles()
    {
        using var browser = Browser();
        var (verifier, challenge) = OAuth.Pkce();
        var callback = await OAuth.SignInAndAuthorizeAsync(browser, "coder@demo.test", IdentitySeeder.DemoPassword, challenge, "state-1");
        Assert.Equal("state-1", callback["state"]);

        using var client = Host.Anonymous();
        var tokens = await OAuth.RedeemCodeAsync(client, callback["code"], verifier);
        Assert.NotNull(tokens["id_token"]);
        Assert.NotNull(tokens["refresh_token"]);

        var payload = OAuth.Payload(tokens["access_token"]!.GetValue<string>());
        Assert.Equal("CODER", payload["role"]!.GetValue<string>());
        Assert.Equal(ApiScopes.Audience, payload["aud"]!.GetValue<string>());

        using var caller = Host.WithToken(tokens["access_token"]!.GetValue<string>());
        var data = (await caller.GraphQLAsync("{ me { actor roles clientId tenant { slug } } claims(first: 1) { totalCount } }")).Data();
        Assert.Equal("coder@demo.test", data["me"]!["actor"]!.GetValue<string>());
        Assert.Equal(["CODER"], data["me"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(IdentitySeeder.SpaClientId, data["me"]!["clientId"]!.GetValue<string>());
        Assert.Equal("demo", data["me"]!["tenant"]!["slug"]!.GetValue<string>());
        Assert.Equal(DemoSeeder.DemoClaims, data["claims"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_code_needs_the_verifier_it_was_issued_for_and_works_once()
    {
        using var browser = Browser();
        var (verifier, challenge) = OAuth.Pkce();
        var callback = await OAuth.SignInAndAuthorizeAsync(browser, "biller@demo.test", IdentitySeeder.DemoPassword, challenge, "s");
        using var client = Host.Anonymous();

        var (status, body) = await client.TokenAsync(("grant_type", "authorization_code"), ("client_id", IdentitySeeder.SpaClientId),
            ("code", callback["code"]), ("redirect_uri", OAuth.SpaRedirectUri), ("code_verifier", OAuth.Pkce().Verifier));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_grant", body["error"]!.GetValue<string>());

        // With the right verifier it works, once.
        await OAuth.RedeemCodeAsync(client, callback["code"], verifier);
        (status, body) = await client.TokenAsync(("grant_type", "authorization_code"), ("client_id", IdentitySeeder.SpaClientId),
            ("code", callback["code"]), ("redirect_uri", OAuth.SpaRedirectUri), ("code_verifier", verifier));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_grant", body["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_authorize_endpoint_refuses_a_request_without_PKCE()
    {
        using var browser = Browser();
        var response = await browser.GetAsync($"/connect/authorize?client_id={IdentitySeeder.SpaClientId}&response_type=code" +
            $"&redirect_uri={Uri.EscapeDataString(OAuth.SpaRedirectUri)}&scope=openid");
        // Refused before any sign-in: no code, no sign-in page.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("code_challenge", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_refresh_token_gives_new_tokens_and_is_revocable()
    {
        using var browser = Browser();
        var (verifier, challenge) = OAuth.Pkce();
        var callback = await OAuth.SignInAndAuthorizeAsync(browser, "frontdesk@demo.test", IdentitySeeder.DemoPassword, challenge, "s");
        using var client = Host.Anonymous();
        var tokens = await OAuth.RedeemCodeAsync(client, callback["code"], verifier);
        var refreshToken = tokens["refresh_token"]!.GetValue<string>();

        var (status, refreshed) = await client.TokenAsync(("grant_type", "refresh_token"), ("client_id", IdentitySeeder.SpaClientId), ("refresh_token", refreshToken));
        Assert.Equal(HttpStatusCode.OK, status);
        var access = refreshed["access_token"]!.GetValue<string>();
        Assert.NotEqual(tokens["access_token"]!.GetValue<string>(), access);
        using (var caller = Host.WithToken(access))
            Assert.Equal("frontdesk@demo.test", (await caller.GraphQLAsync("{ me { actor } }")).Data()["me"]!["actor"]!.GetValue<string>());

        // Rolling refresh tokens: the app keeps the newest one; revoking it ends the session.
        var newest = refreshed["refresh_token"]!.GetValue<string>();
        var revoke = await client.PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = newest, ["token_type_hint"] = "refresh_token", ["client_id"] = IdentitySeeder.SpaClientId,
        }));
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        (status, var refused) = await client.TokenAsync(("grant_type", "refresh_token"), ("client_id", IdentitySeeder.SpaClientId), ("refresh_token", newest));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_grant", refused["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_wrong_password_shows_the_form_again_and_is_audited()
    {
        using var browser = Browser();
        var response = await OAuth.SubmitSignInAsync(browser, new Uri("/account/signin?returnUrl=%2F", UriKind.Relative), "auditor@demo.test", "not-the-password");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Wrong e-mail address or password.", await response.Content.ReadAsStringAsync());

        using var admin = Host.As("admin", "demo", Roles.TenantAdmin);
        var events = (await admin.GraphQLAsync("""{ auditEvents(first: 50, where: { actor: { eq: "auditor@demo.test" } }) { nodes { action entityType details } } }"""))
            .Data()["auditEvents"]!["nodes"]!.AsArray();
        Assert.Contains(events, e => e!["action"]!.GetValue<string>() == "SignInFailed" && e["entityType"]!.GetValue<string>() == "User");
    }

    [Fact]
    public async Task The_sign_in_form_refuses_a_post_without_its_antiforgery_token()
    {
        using var browser = Browser();
        var response = await browser.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = "admin@demo.test", ["password"] = IdentitySeeder.DemoPassword, ["returnUrl"] = "/",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Sign_in_never_redirects_to_another_site()
    {
        using var browser = Browser();
        var response = await OAuth.SubmitSignInAsync(browser, new Uri("/account/signin?returnUrl=" + Uri.EscapeDataString("//evil.example/x"), UriKind.Relative),
            "provider@demo.test", IdentitySeeder.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Logout_ends_the_sign_in_session()
    {
        using var browser = Browser();
        var (_, challenge) = OAuth.Pkce();
        await OAuth.SignInAndAuthorizeAsync(browser, "admin@demo.test", IdentitySeeder.DemoPassword, challenge, "s");

        var logout = await browser.GetAsync("/connect/logout?post_logout_redirect_uri=" + Uri.EscapeDataString(OAuth.SpaRedirectUri));
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.StartsWith(OAuth.SpaRedirectUri, logout.Headers.Location!.ToString());

        // Signed out: authorizing again asks for the password.
        var again = await browser.GetAsync(OAuth.AuthorizeUrl(OAuth.Pkce().Challenge, "s2"));
        Assert.Contains("/account/signin", again.Headers.Location!.ToString());
    }
}
