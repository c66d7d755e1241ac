using System.Text.Json;
using RevenueCycle.Infrastructure;
using RevenueCycle.Seeding;

namespace RevenueCycle.Identity;

/// <summary>The sign-in page in headless Chromium: a real browser follows authorize → form → code, and the code works.</summary>
public sealed class SignInBrowserTests(KestrelApi api) : IClassFixture<KestrelApi>
{
    [Fact]
    public async Task A_browser_signs_in_with_the_form_and_the_app_redeems_the_code()
    {
        var (verifier, challenge) = OAuth.Pkce();
        var authorize = $"http://127.0.0.1:{api.Host.Port}" + OAuth.AuthorizeUrl(challenge, "browser-state");
        var output = await ProcessRunner.RunAsync("node",
            [Path.Combine(RepoPaths.Conformance, "signin-browser.mjs"), authorize, OAuth.SpaRedirectUri, "auditor@demo.test", IdentitySeeder.DemoPassword],
            workingDirectory: RepoPaths.Conformance, timeout: TimeSpan.FromMinutes(2));
        var result = JsonDocument.Parse(output.Trim().Split('\n')[^1]).RootElement;

        Assert.Equal("Sign in · RevenueCycle", result.GetProperty("title").GetString());
        var callback = OAuth.Query(new Uri(result.GetProperty("callback").GetString()!));
        Assert.Equal("browser-state", callback["state"]);

        using var client = api.Host.Anonymous();
        var tokens = await OAuth.RedeemCodeAsync(client, callback["code"], verifier);
        using var caller = api.Host.WithToken(tokens["access_token"]!.GetValue<string>());
        var me = (await caller.GraphQLAsync("{ me { actor roles } }")).Data()["me"]!;
        Assert.Equal("auditor@demo.test", me["actor"]!.GetValue<string>());
        Assert.Equal(["AUDITOR"], me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }
}
