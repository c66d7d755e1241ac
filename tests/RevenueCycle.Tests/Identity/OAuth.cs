using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.IdentityModel.Tokens;
using RevenueCycle.Seeding;

namespace RevenueCycle.Identity;

/// <summary>What a client of our OpenID Connect server does, over plain HTTP: token requests and the browser's sign-in.</summary>
public static partial class OAuth
{
    public const string SpaRedirectUri = "http://localhost:5080/graphql";

    public static async Task<(HttpStatusCode Status, JsonObject Body)> TokenAsync(this HttpClient client, params (string Key, string Value)[] form)
    {
        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(form.Select(p => KeyValuePair.Create(p.Key, p.Value))));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? [] : JsonNode.Parse(text)!.AsObject());
    }

    /// <summary>An access token for a seeded integration client (all its scopes unless some are asked).</summary>
    public static async Task<string> ClientTokenAsync(this HttpClient client, string tenant = "demo", string? scope = null)
    {
        var form = new List<(string, string)>
        {
            ("grant_type", "client_credentials"),
            ("client_id", IdentitySeeder.IntegrationClientId(tenant)),
            ("client_secret", IdentitySeeder.IntegrationSecret(tenant)),
        };
        if (scope is not null) form.Add(("scope", scope));
        var (status, body) = await client.TokenAsync([.. form]);
        Assert.True(status == HttpStatusCode.OK, $"{status}: {body.ToJsonString()}");
        return body["access_token"]!.GetValue<string>();
    }

    public static (string Verifier, string Challenge) Pkce()
    {
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        return (verifier, Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }

    public static string AuthorizeUrl(string challenge, string state, string scope = "openid profile roles offline_access") =>
        "/connect/authorize?" + string.Join('&', new Dictionary<string, string>
        {
            ["client_id"] = IdentitySeeder.SpaClientId,
            ["response_type"] = "code",
            ["redirect_uri"] = SpaRedirectUri,
            ["scope"] = scope,
            ["state"] = state,
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256",
        }.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));

    /// <summary>An HTTP client that behaves like a browser for the sign-in: keeps cookies, does not follow redirects.</summary>
    public static HttpClient Browser(Uri baseAddress) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true }) { BaseAddress = baseAddress };

    /// <summary>Authorize → sign-in form → authorize again → the code sent to the redirect URI. Returns the redirect's query.</summary>
    public static async Task<Dictionary<string, string>> SignInAndAuthorizeAsync(HttpClient browser, string email, string password, string challenge, string state)
    {
        var authorize = await browser.GetAsync(AuthorizeUrl(challenge, state));
        Assert.Equal(HttpStatusCode.Redirect, authorize.StatusCode);
        var signInUrl = authorize.Headers.Location!;
        Assert.StartsWith("/account/signin", signInUrl.IsAbsoluteUri ? signInUrl.PathAndQuery : signInUrl.OriginalString);

        var afterSignIn = await SubmitSignInAsync(browser, signInUrl, email, password);
        Assert.True(afterSignIn.StatusCode == HttpStatusCode.Redirect, "Sign-in did not succeed: " + await afterSignIn.Content.ReadAsStringAsync());
        var back = await browser.GetAsync(afterSignIn.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        var callback = back.Headers.Location!;
        Assert.StartsWith(SpaRedirectUri, callback.ToString());
        return Query(callback);
    }

    /// <summary>GETs the sign-in form and posts it back, with its anti-forgery token, as a browser would.</summary>
    public static async Task<HttpResponseMessage> SubmitSignInAsync(HttpClient browser, Uri signInUrl, string email, string password)
    {
        var page = await browser.GetStringAsync(signInUrl);
        var fields = HiddenInput().Matches(page).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
        fields["email"] = email;
        fields["password"] = password;
        return await browser.PostAsync("/account/signin", new FormUrlEncodedContent(fields));
    }

    public static async Task<JsonObject> RedeemCodeAsync(HttpClient client, string code, string verifier)
    {
        var (status, body) = await client.TokenAsync(("grant_type", "authorization_code"), ("client_id", IdentitySeeder.SpaClientId),
            ("code", code), ("redirect_uri", SpaRedirectUri), ("code_verifier", verifier));
        Assert.True(status == HttpStatusCode.OK, $"{status}: {body.ToJsonString()}");
        return body;
    }

    public static Dictionary<string, string> Query(Uri uri) =>
        uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p.Length > 1 ? p[1] : ""));

    /// <summary>The payload of a JWT, unverified: what a partner inspecting a token sees.</summary>
    public static JsonObject Payload(string jwt) =>
        JsonNode.Parse(Base64UrlEncoder.Decode(jwt.Split('.')[1]))!.AsObject();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenInput();
}
